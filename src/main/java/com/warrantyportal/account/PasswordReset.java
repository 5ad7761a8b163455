package com.warrantyportal.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.warrantyportal.account.internal.AccountRepository;
import com.warrantyportal.account.internal.PasswordResetTokenRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": a one-time link valid for an hour, mailed to the account's address. Asking never tells
 * whether an account exists.
 */
@Service
public class PasswordReset {

	static final Duration VALID_FOR = Duration.ofHours(1);

	private final AccountRepository accounts;

	private final PasswordResetTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final AccountSessions sessions;

	private final String baseUrl;

	private final Clock clock;

	PasswordReset(AccountRepository accounts, PasswordResetTokenRepository tokens, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, AccountSessions sessions, @Value("${warranty.base-url}") String baseUrl,
			Clock clock) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/** Mails a link when an enabled account has this address; does nothing visible otherwise. */
	@Transactional
	public void request(String email) {
		accounts.findByEmail(EmailAddress.normalise(email)).filter(Account::isEnabled).ifPresent(account -> {
			String token = OneTimeToken.newToken();
			tokens.save(new PasswordResetToken(account.getId(), OneTimeToken.hash(token), clock.instant(),
					clock.instant().plus(VALID_FOR)));
			events.publishEvent(new PasswordResetRequested(account.getEmail(), account.getDisplayName(),
					baseUrl + "/reset-password?token=" + token));
		});
	}

	public boolean isUsable(String token) {
		return find(token).isPresent();
	}

	/**
	 * Sets the new password, confirms the address, spends every open link of the account and signs it out everywhere
	 * (whoever knew the old password is signed out too); false when the link is not usable.
	 */
	@Transactional
	public boolean reset(String token, String newPassword) {
		Optional<PasswordResetToken> found = find(token);
		if (found.isEmpty()) {
			return false;
		}
		Account account = accounts.findById(found.get().getAccountId()).orElseThrow();
		account.changePasswordHash(passwordEncoder.encode(newPassword));
		// The link reached the address, which shows it is the account holder's as well as a confirmation link would.
		account.confirmEmail();
		tokens.findUnused(account.getId()).forEach(open -> open.use(clock.instant()));
		sessions.endAllOf(account.getEmail());
		return true;
	}

	private Optional<PasswordResetToken> find(String token) {
		if (!OneTimeToken.looksLikeAToken(token)) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(OneTimeToken.hash(token)).filter(t -> t.isUsableAt(clock.instant()));
	}
}
