package com.warrantyportal.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.warrantyportal.account.internal.AccountRepository;
import com.warrantyportal.account.internal.EmailConfirmationTokenRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners sign themselves up and confirm their e-mail address by a mailed link (valid for a day, once) before they may
 * ask to take over a product registered to someone else. A new owner is signed in at once; signing up with an
 * address that has an account creates nothing and tells that account's holder by e-mail instead.
 */
@Service
public class OwnerSignUp {

	static final Duration LINK_VALID_FOR = Duration.ofHours(24);

	private final AccountRepository accounts;

	private final EmailConfirmationTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final String baseUrl;

	private final Clock clock;

	OwnerSignUp(AccountRepository accounts, EmailConfirmationTokenRepository tokens, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, @Value("${warranty.base-url}") String baseUrl, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/**
	 * Creates an owner whose address waits for confirmation and mails them the link, and returns the new account;
	 * when the address has an account (an owner's or staff's), mails that account's holder instead, creates nothing
	 * and returns empty. The password must already have passed the password policy.
	 */
	@Transactional
	public Optional<Account> signUp(String email, String rawPassword, String displayName) {
		String normalised = EmailAddress.normalise(email);
		// Hashed either way, so the answer takes as long whether or not the address is taken.
		String passwordHash = passwordEncoder.encode(rawPassword);
		Optional<Account> taken = accounts.findByEmail(normalised);
		if (taken.isPresent()) {
			events.publishEvent(new SignUpWithTakenAddress(taken.get().getEmail(), taken.get().getDisplayName(),
					baseUrl + "/login", baseUrl + "/forgot-password"));
			return Optional.empty();
		}
		String name = displayName == null || displayName.isBlank() ? normalised : displayName.strip();
		Account account = accounts
			.saveAndFlush(Account.selfSignedUpOwner(normalised, passwordHash, name, clock.instant()));
		sendLink(account);
		return Optional.of(account);
	}

	/** Mails a new confirmation link to a signed-in owner whose address is not confirmed yet; false when it is. */
	@Transactional
	public boolean resendConfirmation(long accountId) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.isEmailConfirmed()) {
			return false;
		}
		sendLink(account);
		return true;
	}

	/** Confirms the address the link was sent to and spends the account's open links; false when it is not usable. */
	@Transactional
	public boolean confirm(String token) {
		if (!OneTimeToken.looksLikeAToken(token)) {
			return false;
		}
		Optional<EmailConfirmationToken> found = tokens.findByTokenHash(OneTimeToken.hash(token))
			.filter(t -> t.isUsableAt(clock.instant()));
		if (found.isEmpty()) {
			return false;
		}
		Account account = accounts.findById(found.get().getAccountId()).orElseThrow();
		account.confirmEmail();
		tokens.findUnused(account.getId()).forEach(open -> open.use(clock.instant()));
		return true;
	}

	private void sendLink(Account account) {
		String token = OneTimeToken.newToken();
		tokens.save(new EmailConfirmationToken(account.getId(), OneTimeToken.hash(token), clock.instant(),
				clock.instant().plus(LINK_VALID_FOR)));
		events.publishEvent(new EmailConfirmationRequested(account.getEmail(), account.getDisplayName(),
				baseUrl + "/confirm-email?token=" + token));
	}
}
