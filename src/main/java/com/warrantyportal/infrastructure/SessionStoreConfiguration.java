package com.warrantyportal.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed-in sessions live in the database (Spring Session JDBC) so that any instance serves any user. Every signed-in
 * request reads its session and writes its last-access time back, one statement each, so Spring Session is given no
 * transaction of its own around them: that saves three round trips per operation (autocommit off, commit,
 * autocommit on), nine per signed-in request. The rarer saves that also change attributes (signing in, a model file
 * waiting for confirmation) are then several statements without a transaction around them; each row is written
 * whole, and a session left half-updated by a failure is one its user signs in to again.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

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
