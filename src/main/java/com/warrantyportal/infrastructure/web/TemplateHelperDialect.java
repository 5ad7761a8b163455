package com.warrantyportal.infrastructure.web;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.spring6.expression.SpringStandardExpressionObjectFactory;

/**
 * Offers every {@link TemplateHelper} bean to the templates as an expression object under its name (the bean's
 * name). Spring Boot adds every dialect bean to the template engine. The helpers are looked up by name when the first
 * template asks for them, not injected: the engine is made early, with its dialects, and does not come to depend on
 * each helper and what the helper needs. A helper named as one of Thymeleaf's own objects ({@code #dates},
 * {@code #lists} …) would hide it in every template: the portal refuses to render with one.
 */
@Component
class TemplateHelperDialect extends AbstractDialect implements IExpressionObjectDialect {

	/** Names the templates already use for Thymeleaf's own objects and the security dialect's. */
	private static final Set<String> TAKEN = Stream
		.concat(SpringStandardExpressionObjectFactory.ALL_EXPRESSION_OBJECT_NAMES.stream(),
				Stream.of("authentication", "authorization"))
		.collect(Collectors.toUnmodifiableSet());

	private final ApplicationContext context;

	private volatile Map<String, Object> helpers;

	TemplateHelperDialect(ApplicationContext context) {
		super("Warranty Portal template helpers");
		this.context = context;
	}

	private Map<String, Object> helpers() {
		Map<String, Object> found = helpers;
		if (found == null) {
			String[] names = context.getBeanNamesForAnnotation(TemplateHelper.class);
			Set<String> clashes = Arrays.stream(names).filter(TAKEN::contains).collect(Collectors.toSet());
			if (!clashes.isEmpty()) {
				throw new IllegalStateException("Template helpers named as Thymeleaf's own expression objects, which "
						+ "they would hide in every template: " + clashes);
			}
			found = Arrays.stream(names).collect(Collectors.toUnmodifiableMap(Function.identity(), context::getBean));
			helpers = found;
		}
		return found;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return helpers().keySet();
			}

			@Override
			public Object buildObject(IExpressionContext expressionContext, String name) {
				return helpers().get(name);
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}
		};
	}
}
