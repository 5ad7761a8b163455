package com.warrantyportal.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of an account, in the session table every instance shares (Spring Session JDBC, indexed by
 * the signed-in name, the e-mail address).
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Signs the account out everywhere at once, not when its sessions happen to time out. */
	void endAllOf(String email) {
		sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
	}
}
