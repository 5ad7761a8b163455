package com.warrantyportal.claim.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.registration.ClaimsOfProducts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the product pages which products have claims, without the registration module depending on claims. */
@Component
@Transactional(readOnly = true)
class ClaimLinesForProducts implements ClaimsOfProducts {

	private final ClaimRepository claims;

	private final MessageSource messages;

	ClaimLinesForProducts(ClaimRepository claims, MessageSource messages) {
		this.claims = claims;
		this.messages = messages;
	}

	@Override
	public Set<Long> registrationsWithOpenClaims(long ownerId) {
		return claims.findByOwnerIdAndStatusIn(ownerId, ClaimStatus.open())
			.stream()
			.map(Claim::getRegistrationId)
			.collect(Collectors.toSet());
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
