package com.warrantyportal.registration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import com.warrantyportal.registration.internal.RegistrationRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Owners' registrations of units. Every owner-facing query is scoped to the owner. */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

	private final RegistrationRepository registrations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RegistrationService(RegistrationRepository registrations, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.registrations = registrations;
		this.clock = clock;
	}

	public long countActiveForOwner(long ownerId) {
		return registrations.countByOwnerIdAndActiveUnitIdIsNotNull(ownerId);
	}

	/** The owner's own registration, or empty: another owner's id looks exactly like one that does not exist. */
	public Optional<Registration> findForOwner(long registrationId, long ownerId) {
		return registrations.findByIdAndOwnerId(registrationId, ownerId);
	}

	public Optional<Registration> find(long registrationId) {
		return registrations.findById(registrationId);
	}

	public Optional<Registration> activeFor(long unitId) {
		return registrations.findByActiveUnitId(unitId);
	}

	/** Staff checked the receipt: coverage now counts from the purchase date. */
	@Transactional
	public Registration verifyProof(long registrationId) {
		Registration registration = registrations.findById(registrationId).orElseThrow();
		registration.verifyProof();
		events.publishEvent(new PurchaseFactsChanged(registration.getUnitId(), registrationId, "PROOF_VERIFIED"));
		return registration;
	}

	/**
	 * A replacement unit takes the place of a registered one and inherits its remaining coverage: the same owner,
	 * purchase date, receipt and registration date, so every end date stays where it was.
	 */
	@Transactional
	public Registration moveToReplacement(long registrationId, long replacementUnitId) {
		Registration old = registrations.findById(registrationId).orElseThrow();
		old.end(clock.instant());
		registrations.flush();
		Registration replacement = new Registration(replacementUnitId, old.getOwnerId(), old.getPurchaseDate(),
				old.getRetailer(), old.getPrice(), old.isOriginalPurchaser(), old.getRegisteredOn(), clock.instant());
		if (old.getProofFileId() != null) {
			replacement.attachProof(old.getProofFileId());
		}
		if (old.isProofVerified()) {
			replacement.verifyProof();
		}
		return registrations.saveAndFlush(replacement);
	}

	@Transactional
	public Registration register(long unitId, long ownerId, LocalDate purchaseDate, String retailer, BigDecimal price,
			boolean originalPurchaser, LocalDate registeredOn, Long proofFileId, boolean proofVerified) {
		Registration registration = new Registration(unitId, ownerId, purchaseDate, retailer, price,
				originalPurchaser, registeredOn, clock.instant());
		if (proofFileId != null) {
			registration.attachProof(proofFileId);
		}
		if (proofVerified) {
			registration.verifyProof();
		}
		return registrations.saveAndFlush(registration);
	}
}
