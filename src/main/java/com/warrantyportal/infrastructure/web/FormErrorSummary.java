package com.warrantyportal.infrastructure.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts every problem of a refused form into the model as {@code formErrors}, so the layout shows them at the top
 * of the page, each linked to its field: someone using a screen reader or a phone learns at once what to fix and
 * where. The messages are the ones shown beside the fields.
 */
public final class FormErrorSummary implements HandlerInterceptor {

	/** One problem: the id of its field ({@code null} for the form as a whole) and its message. */
	public record Problem(String fieldId, String message) {
	}

	private final MessageSource messages;

	FormErrorSummary(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		List<Problem> problems = new ArrayList<>();
		for (Map.Entry<String, Object> entry : view.getModel().entrySet()) {
			if (entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
					&& entry.getValue() instanceof BindingResult result && result.hasErrors()) {
				result.getGlobalErrors().forEach(error -> problems.add(new Problem(null, text(error))));
				result.getFieldErrors().forEach(error -> problems.add(new Problem(fieldId(error), text(error))));
			}
		}
		if (!problems.isEmpty()) {
			view.addObject("formErrors", List.copyOf(problems));
		}
	}

	private String text(ObjectError error) {
		return messages.getMessage(error, LocaleContextHolder.getLocale());
	}

	/** The id Thymeleaf's {@code th:field} gives the field's input: its path without brackets. */
	static String fieldId(FieldError error) {
		return error.getField().replace("[", "").replace("]", "");
	}
}
