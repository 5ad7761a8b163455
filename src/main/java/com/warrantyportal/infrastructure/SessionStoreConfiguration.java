package com.warrantyportal.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed-in sessions live in the database (Spring Session JDBC) so that any instance serves any user. Every signed-in
 * request reads its session and writes its last-access time back; each of those is one statement that needs no
 * transaction around it, so Spring Session is given none: that saves three round trips per operation (autocommit
 * off, commit, autocommit on), nine per signed-in request.
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
