package com.warrantyportal.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.warrantyportal.account.internal.AccountRepository;
import com.warrantyportal.audit.AuditTrail;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators create staff accounts and switch them off and on. Every change is audited. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StaffAccounts {

	/** Named, not "every role but OWNER": an index range of the staff roles, not a scan of every owner. */
	private static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.OWNER));

	public static final String AUDIT_TARGET = "ACCOUNT";

	private final AccountRepository accounts;

	private final AccountService service;

	private final AuditTrail audit;

	private final AccountSessions sessions;

	StaffAccounts(AccountRepository accounts, AccountService service, AuditTrail audit, AccountSessions sessions) {
		this.accounts = accounts;
		this.service = service;
		this.audit = audit;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public List<Account> staff() {
		return accounts.findByRoleInOrderByRoleAscEmailAsc(STAFF_ROLES);
	}

	/** @throws EmailAlreadyRegisteredException when the address has an account */
	@Transactional
	public Account create(String email, String name, Role role, String initialPassword, String actor) {
		if (role == Role.OWNER) {
			throw new IllegalArgumentException("Owners sign themselves up");
		}
		Account account = service.create(email, initialPassword, name, role);
		audit.record(actor, "ACCOUNT_CREATED", AUDIT_TARGET, account.getEmail(), role.name());
		return account;
	}

	/** Switches an account off or on; an administrator cannot switch off their own account. */
	@Transactional
	public void setEnabled(long accountId, long expectedVersion, boolean enabled, long actorId, String actor) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Account.class, accountId);
		}
		if (account.getId() == actorId && !enabled) {
			throw new IllegalStateException("You cannot switch off your own account");
		}
		account.setEnabled(enabled);
		if (!enabled) {
			// A switched-off account is signed out everywhere at once.
			sessions.endAllOf(account.getEmail());
		}
		audit.record(actor, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", AUDIT_TARGET, account.getEmail(), null);
	}
}
