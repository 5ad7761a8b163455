package com.warrantyportal.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.warrantyportal.account.internal.AccountRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and looks them up for sign-in. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	/** Accounts per role as counted recently (the owners are an index range of hundreds of thousands). */
	private final Cache<Role, Long> recentCounts;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${warranty.counts.fresh-for:1m}") Duration countsFreshFor) {
		this.recentCounts = Caffeine.newBuilder().expireAfterWrite(countsFreshFor).build();
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByEmail(EmailAddress.normalise(username))
			.map(PortalUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
	}

	/**
	 * Creates an owner whose address counts as confirmed (demo data, tests); owners signing themselves up go through
	 * {@link OwnerSignUp}. The password must already have passed the password policy.
	 */
	@Transactional
	public Account signUpOwner(String email, String rawPassword, String displayName) {
		return create(email, rawPassword, displayName, Role.OWNER);
	}

	@Transactional
	public Account create(String email, String rawPassword, String displayName, Role role) {
		String normalised = EmailAddress.normalise(email);
		if (accounts.existsByEmail(normalised)) {
			throw new EmailAlreadyRegisteredException(normalised);
		}
		String name = displayName == null || displayName.isBlank() ? normalised : displayName.strip();
		try {
			return accounts.saveAndFlush(
					new Account(normalised, passwordEncoder.encode(rawPassword), name, role, clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Two sign-ups with the same address at the same moment: the unique constraint decides.
			throw new EmailAlreadyRegisteredException(normalised);
		}
	}

	public Optional<Account> findByEmail(String email) {
		return accounts.findByEmail(EmailAddress.normalise(email));
	}

	public Optional<Account> findById(long id) {
		return accounts.findById(id);
	}

	/** These accounts by id, read at once (ids of no account are left out). */
	public java.util.Map<Long, Account> findAll(java.util.Collection<Long> ids) {
		java.util.Map<Long, Account> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			accounts.findAllById(java.util.Set.copyOf(ids)).forEach(account -> found.put(account.getId(), account));
		}
		return found;
	}

	/** Whether the account's e-mail address is confirmed (see {@link OwnerSignUp}); false for no such account. */
	public boolean isEmailConfirmed(long accountId) {
		return accounts.findById(accountId).map(Account::isEmailConfirmed).orElse(false);
	}

	public boolean exists(String email) {
		return accounts.existsByEmail(EmailAddress.normalise(email));
	}

	public long countByRole(Role role) {
		return accounts.countByRole(role);
	}

	/**
	 * {@link #countByRole} as counted at most {@code warranty.counts.fresh-for} (a minute) ago on this instance: for
	 * overview figures, where counting every owner on each view would cost more than the page.
	 */
	public long countByRoleRecently(Role role) {
		return recentCounts.get(role, accounts::countByRole);
	}
}
