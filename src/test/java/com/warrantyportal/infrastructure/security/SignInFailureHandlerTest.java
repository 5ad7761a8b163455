package com.warrantyportal.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

class SignInFailureHandlerTest {

	private final SignInFailureHandler handler = new SignInFailureHandler();

	@Test
	void aWrongPasswordGoesBackToTheSignInPage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		handler.onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), response,
				new BadCredentialsException("Bad credentials"));
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void accountsThatCannotBeReadAreNotCalledAWrongPassword() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		InternalAuthenticationServiceException unreadable = new InternalAuthenticationServiceException("down",
				new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("timeout")));
		assertThatThrownBy(() -> handler.onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"),
				response, unreadable)).isInstanceOf(ServletException.class).hasCause(unreadable);
		assertThat(response.getRedirectedUrl()).isNull();
	}
}
