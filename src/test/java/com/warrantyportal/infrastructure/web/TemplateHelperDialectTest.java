package com.warrantyportal.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class TemplateHelperDialectTest {

	@TemplateHelper("greetings")
	static class Greetings {

		public String hello(String name) {
			return "Hello, " + name;
		}
	}

	private static SpringTemplateEngine engine(AnnotationConfigApplicationContext context) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setEnableSpringELCompiler(true);
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		engine.setTemplateResolver(resolver);
		engine.addDialect(context.getBean(TemplateHelperDialect.class));
		return engine;
	}

	@Test
	void templatesCallAHelperByItsNameWithTheExpressionCompilerOn() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Greetings.class,
				TemplateHelperDialect.class)) {
			SpringTemplateEngine engine = engine(context);
			assertThat(context.getBean("greetings")).isInstanceOf(Greetings.class);

			// Past the compiler's threshold, so the compiled form answers too, with the variable changing its value.
			for (int row = 0; row < 200; row++) {
				Context variables = new Context();
				variables.setVariable("name", "owner " + row);
				assertThat(engine.process("<p th:text=\"${#greetings.hello(name)}\">x</p>", variables))
					.isEqualTo("<p>Hello, owner " + row + "</p>");
			}
		}
	}

	@TemplateHelper("lists")
	static class Lists {
	}

	@Test
	void aHelperNamedAsOneOfThymeleafsOwnObjectsIsRefused() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Lists.class,
				TemplateHelperDialect.class)) {
			SpringTemplateEngine engine = engine(context);
			assertThatThrownBy(() -> engine.process("<p th:text=\"${#lists.size(names)}\">x</p>", new Context()))
				.rootCause()
				.hasMessageContaining("[lists]");
		}
	}

	/**
	 * {@code @bean.method(…)} or {@code @bean.property} in an expression: a bean reference, which the expression
	 * compiler cannot compile.
	 */
	private static final Pattern BEAN_CALL = Pattern.compile("[$*]\\{[^}]*?(?<![\\w.])@(\\w+)\\.\\w+");

	@Test
	void noTemplateCallsAHelperAsABean() throws IOException {
		List<String> found;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			found = files.filter(file -> file.toString().endsWith(".html")).flatMap(file -> {
				try {
					Matcher call = BEAN_CALL.matcher(Files.readString(file));
					return call.results().map(match -> file + ": " + match.group());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList();
		}
		assertThat(found).as("call helpers as #name (a @TemplateHelper), not as @name").isEmpty();
		assertThat(BEAN_CALL.matcher("<td th:text=\"${@dates.date(p.purchaseDate)}\">").find()).isTrue();
		assertThat(BEAN_CALL.matcher("<link th:href=\"@{/app.css(v=${@assetVersion.value})}\">").find()).isTrue();
		assertThat(BEAN_CALL.matcher("<td th:text=\"${#when.date(p.purchaseDate)}\">owner@example.com</td>").find())
			.isFalse();
	}
}
