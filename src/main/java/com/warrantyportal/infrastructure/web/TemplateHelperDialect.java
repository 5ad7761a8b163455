package com.warrantyportal.infrastructure.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Offers every {@link TemplateHelper} bean to the templates as an expression object under its name. Spring Boot adds
 * every dialect bean to the template engine. The helpers are looked up when the first template asks for them, so that
 * they may depend on anything (the site menu on security, for one).
 */
@Component
class TemplateHelperDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final ApplicationContext context;

	private volatile Map<String, Object> helpers;

	TemplateHelperDialect(ApplicationContext context) {
		super("Warranty Portal template helpers");
		this.context = context;
	}

	private Map<String, Object> helpers() {
		Map<String, Object> found = helpers;
		if (found == null) {
			found = context.getBeansWithAnnotation(TemplateHelper.class)
				.values()
				.stream()
				.collect(Collectors.toUnmodifiableMap(
						helper -> AnnotationUtils.findAnnotation(helper.getClass(), TemplateHelper.class).value(),
						helper -> helper));
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
