package com.warrantyportal.infrastructure;

import java.time.Duration;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed-in sessions live in the database (Spring Session JDBC) so that any instance serves any user. A signed-in
 * request reads its session in one statement and, most of the time, writes nothing ({@link SharedSessions}). Spring
 * Session is given no transaction of its own around its statements: that saves three round trips per operation
 * (autocommit off, commit, autocommit on). The rarer saves that also change attributes (signing in, a model file
 * waiting for confirmation) are then several statements without a transaction around them; each row is written
 * whole, and a session left half-updated by a failure is one its user signs in to again.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** How far a session's last access may lag behind in the table (a session may time out that much early). */
	static final Duration LAST_ACCESS_STEP = Duration.ofMinutes(1);

	/**
	 * Spring Boot's JDBC session repository, as Spring Boot configures it, handed to Spring Session's filter and to the
	 * account's sign-out-everywhere inside {@link SharedSessions}.
	 */
	@Bean
	static BeanPostProcessor sharedSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository table ? new SharedSessions(table, LAST_ACCESS_STEP)
						: bean;
			}
		};
	}

	/** Just in front of Spring Session's filter, on every dispatch it sees. */
	@Bean
	FilterRegistrationBean<SessionJustSaved> sessionJustSaved() {
		FilterRegistrationBean<SessionJustSaved> registration = new FilterRegistrationBean<>(new SessionJustSaved());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	/** Injected only where asked for by this name (Spring Session's configuration). */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

	/**
	 * The application's transaction template, as Spring Boot would declare it were there no other
	 * {@link TransactionOperations} bean: everything else that asks for one by type runs in real transactions.
	 */
	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}
}
