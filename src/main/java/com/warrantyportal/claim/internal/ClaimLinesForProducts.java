package com.warrantyportal.claim.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.registration.ClaimsOfProducts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the product pages which products have claims, without the registration module depending on claims. */
@Component
@Transactional(readOnly = true)
class ClaimLinesForProducts implements ClaimsOfProducts {

	/** The open statuses as SQL literals, from the enum (no input reaches them). */
	private static final String OPEN_STATUSES = ClaimStatus.open()
		.stream()
		.map(status -> "'" + status.name() + "'")
		.collect(Collectors.joining(", "));

	private final ClaimRepository claims;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	ClaimLinesForProducts(ClaimRepository claims, MessageSource messages, JdbcTemplate jdbc) {
		this.claims = claims;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> registrationsWithOpenClaims(long ownerId) {
		// Only the registration ids, by a plain statement: as entities with a list parameter, Hibernate built the
		// query anew on every product list.
		return new HashSet<>(jdbc.queryForList("SELECT DISTINCT registration_id FROM claim WHERE owner_id = ? "
				+ "AND status IN (" + OPEN_STATUSES + ")", Long.class, ownerId));
	}

	@Override
	public List<ClaimLine> claimsOf(long registrationId, long ownerId) {
		return claims.findByRegistrationIdAndOwnerIdOrderByCreatedAtDesc(registrationId, ownerId)
			.stream()
			.map(claim -> new ClaimLine(claim.getNumber(),
					messages.getMessage("claim.status." + claim.getStatus(), null, LocaleContextHolder.getLocale()),
					claim.getStatus().isOpen(), claim.getFiledOn(), claim.getComponent()))
			.toList();
	}
}
