package com.warrantyportal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One e-mail waiting in (or sent from) the outbox. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

	/** Longest wait between two attempts. */
	static final Duration MAX_BACKOFF = Duration.ofHours(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(name = "body_text", nullable = false)
	private String bodyText;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	private int attempts;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "last_error")
	private String lastError;

	/** Extra headers ({@code List-Unsubscribe} …), one "Name: value" a line; null when none. */
	private String headers;

	protected OutboxMail() {
	}

	OutboxMail(String recipient, String subject, String bodyText, String bodyHtml, Map<String, String> headers,
			Instant now) {
		this.headers = headers.isEmpty() ? null
				: headers.entrySet()
					.stream()
					.map(header -> header.getKey() + ": " + header.getValue())
					.collect(Collectors.joining("\n"));
		this.recipient = recipient;
		this.subject = subject;
		this.bodyText = bodyText;
		this.bodyHtml = bodyHtml;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	/** The next attempt is due now rather than after the back-off (the mail server is known to be back). */
	void dueNow(Instant now) {
		this.nextAttemptAt = now;
	}

	/** Waits 1, 2, 4 … minutes before the next attempt, at most an hour. */
	void failed(String error, Instant now) {
		this.attempts++;
		this.lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
		long minutes = Math.min(1L << Math.min(attempts - 1, 10), MAX_BACKOFF.toMinutes());
		this.nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBodyText() {
		return bodyText;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public String getLastError() {
		return lastError;
	}

	/** The extra headers by name, in the order they were given. */
	public Map<String, String> getHeaders() {
		Map<String, String> byName = new LinkedHashMap<>();
		if (headers != null) {
			headers.lines().forEach(line -> {
				int colon = line.indexOf(':');
				byName.put(line.substring(0, colon), line.substring(colon + 1).strip());
			});
		}
		return byName;
	}
}
