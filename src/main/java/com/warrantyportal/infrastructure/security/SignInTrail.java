package com.warrantyportal.infrastructure.security;

import com.warrantyportal.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Successful sign-ins and sign-outs in the audit trail, beside the failures and refusals {@link LoginThrottle}
 * records: like those, against the client address, so the log shows every sign-in event from an address together.
 */
@Component
class SignInTrail {

	static final String AUDIT_SIGNED_IN = "SIGNED_IN";

	static final String AUDIT_SIGNED_OUT = "SIGNED_OUT";

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	SignInTrail(AuditTrail audit, TransactionTemplate transactions) {
		this.audit = audit;
		this.transactions = transactions;
	}

	@EventListener
	void onSignIn(AuthenticationSuccessEvent event) {
		record(AUDIT_SIGNED_IN, event.getAuthentication().getName(), LoginThrottle.clientOf(event.getAuthentication()));
	}

	@EventListener
	void onSignOut(LogoutSuccessEvent event) {
		record(AUDIT_SIGNED_OUT, event.getAuthentication().getName(), LoginThrottle.clientOf(event.getAuthentication()));
	}

	private void record(String action, String email, String client) {
		transactions.executeWithoutResult(status -> audit.record(email, action, LoginThrottle.AUDIT_TARGET,
				client.length() <= 40 ? client : client.substring(0, 40), null));
	}
}
