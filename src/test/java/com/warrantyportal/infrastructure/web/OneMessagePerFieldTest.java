package com.warrantyportal.infrastructure.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

class OneMessagePerFieldTest {

	static class Form {

		@NotBlank
		@Pattern(regexp = ".+@.+")
		@Size(max = 5)
		String email;

		@NotBlank
		@Email
		String other;

		@Size(max = 3)
		@Pattern(regexp = "[a-z]*")
		String code;
	}

	private static OneMessagePerField validator() {
		LocalValidatorFactoryBean beanValidation = new LocalValidatorFactoryBean();
		beanValidation.afterPropertiesSet();
		return new OneMessagePerField(beanValidation);
	}

	@Test
	void keepsTheMostBasicMessageOfEachFieldAndChecksEveryField() {
		Form form = new Form();
		form.email = "";
		form.other = " ";
		form.code = "ABCDEF";
		DirectFieldBindingResult errors = new DirectFieldBindingResult(form, "form");
		validator().validate(form, errors);
		assertThat(errors.getFieldErrors()).extracting(FieldError::getField)
			.containsExactlyInAnyOrder("email", "other", "code");
		assertThat(errors.getFieldError("email").getCode()).isEqualTo("NotBlank");
		assertThat(errors.getFieldError("other").getCode()).isEqualTo("NotBlank");
		assertThat(errors.getFieldError("code").getCode()).isEqualTo("Size");
	}

	@Test
	void aFieldTheBinderRefusedKeepsTheBindersMessageAlone() {
		Form form = new Form();
		form.other = "x@example.com";
		DirectFieldBindingResult errors = new DirectFieldBindingResult(form, "form");
		errors.rejectValue("email", "typeMismatch");
		validator().validate(form, errors);
		assertThat(errors.getFieldErrors("email")).singleElement()
			.satisfies(error -> assertThat(error.getCode()).isEqualTo("typeMismatch"));
	}
}
