package com.warrantyportal.notification.internal;

import java.time.Clock;
import java.util.Optional;

import com.warrantyportal.account.OneTimeToken;
import com.warrantyportal.notification.MailKind;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click unsubscribe links (RFC 8058): each mail of a kind an owner may switch off carries a random token of its
 * own; only its SHA-256 is stored, so neither guessing nor the table opens anything. A link works without signing in
 * (it only ever switches one kind of mail off for its recipient) for {@code warranty.retention.unsubscribe-links}
 * (a year) from when its mail was written; {@code OutboxRetention} then deletes it.
 */
@Service
public class Unsubscribing {

	private final UnsubscribeTokenRepository tokens;

	private final NotificationSettings settings;

	private final Clock clock;

	private final String baseUrl;

	Unsubscribing(UnsubscribeTokenRepository tokens, NotificationSettings settings, Clock clock,
			@Value("${warranty.base-url}") String baseUrl) {
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** A new link for one mail, stored in the caller's transaction (the one that queues the mail). */
	@Transactional(propagation = Propagation.MANDATORY)
	String newLink(long accountId, MailKind kind) {
		String token = OneTimeToken.newToken();
		tokens.save(new UnsubscribeToken(OneTimeToken.hash(token), accountId, kind, clock.instant()));
		return baseUrl + "/unsubscribe/" + token;
	}

	/** The kind of mail a link switches off, if the link is one of ours. */
	@Transactional(readOnly = true)
	public Optional<MailKind> kindOf(String token) {
		return find(token).map(UnsubscribeToken::getKind);
	}

	/** Switches the link's kind of mail off for its recipient; empty when the link is not one of ours. */
	@Transactional
	public Optional<MailKind> unsubscribe(String token) {
		Optional<UnsubscribeToken> found = find(token);
		found.ifPresent(link -> settings.switchOff(link.getAccountId(), link.getKind()));
		return found.map(UnsubscribeToken::getKind);
	}

	private Optional<UnsubscribeToken> find(String token) {
		if (!OneTimeToken.looksLikeAToken(token)) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(OneTimeToken.hash(token));
	}
}
