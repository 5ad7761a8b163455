package com.warrantyportal.infrastructure.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** How refused forms read: one message per field, and every problem listed at the top of the page. */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration implements WebMvcConfigurer {

	private final SmartValidator validator;

	private final MessageSource messages;

	FormsConfiguration(@Qualifier("defaultValidator") SmartValidator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
	}

	@Override
	public Validator getValidator() {
		return new OneMessagePerField(validator);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorSummary(messages));
	}
}
