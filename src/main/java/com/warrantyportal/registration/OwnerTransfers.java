package com.warrantyportal.registration;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.registration.internal.RegistrationRepository;
import com.warrantyportal.registration.internal.TransferRequestRepository;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.UnitService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers of a unit from its registered owner to someone who registered it after buying it second-hand: the
 * requests waiting for an owner's answer and those an owner made, the current owner's decision, and the pending ones
 * staff decide when the owner does not ({@link StaffTransfers}). Requests are made by {@link OwnerProducts#register}.
 * Coverage belongs to the unit: an accepted transfer carries the first sale's facts over (docs/domain.md).
 */
@Service
@Transactional(readOnly = true)
public class OwnerTransfers {

	private final RegistrationRepository registrations;

	private final TransferRequestRepository transfers;

	private final UnitService units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OwnerTransfers(RegistrationRepository registrations, TransferRequestRepository transfers, UnitService units,
			ApplicationEventPublisher events, Clock clock) {
		this.registrations = registrations;
		this.transfers = transfers;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	/** Transfer requests waiting for this owner's answer, on products they own. */
	public List<TransferView> incomingTransfers(long ownerId) {
		return transfers.viewsAskedOf(ownerId, TransferRequest.Status.PENDING);
	}

	/** Transfers this owner asked for, with where each stands. */
	public List<TransferView> outgoingTransfers(long ownerId) {
		return transfers.viewsAskedBy(ownerId);
	}

	/** The current owner agrees: their registration ends and the requester's begins, as a later owner. */
	@Transactional
	public void acceptTransfer(long ownerId, long transferId, String actorLabel) {
		decide(incoming(ownerId, transferId), TransferRequest.Status.ACCEPTED, actorLabel);
	}

	@Transactional
	public void declineTransfer(long ownerId, long transferId, String actorLabel) {
		decide(incoming(ownerId, transferId), TransferRequest.Status.DECLINED, actorLabel);
	}

	/** Applies a decision on a pending transfer, by its current owner or by staff. */
	void decide(TransferRequest request, TransferRequest.Status decision, String actorLabel) {
		if (decision == TransferRequest.Status.ACCEPTED
				&& units.find(request.getUnitId()).map(unit -> unit.getSerialStatus() == SerialStatus.STOLEN)
					.orElse(false)) {
			throw new TransferFrozenException();
		}
		request.decide(decision, actorLabel, clock.instant());
		Registration from = registrations.findById(request.getFromRegistrationId()).orElseThrow();
		if (decision == TransferRequest.Status.ACCEPTED) {
			from.end(clock.instant());
			registrations.flush();
			// Coverage belongs to the unit: the first sale passes on, the buyer's own purchase is kept beside it.
			Registration to = Registration.transferred(from, request.getRequesterId(), request.getPurchaseDate(),
					request.getRetailer(), request.getPrice(), request.getProofFileId(), clock.instant());
			registrations.saveAndFlush(to);
		}
		transfers.flush();
		events.publishEvent(new TransferDecided(request.getId(), request.getUnitId(), request.getRequesterId(),
				from.getOwnerId(), decision == TransferRequest.Status.ACCEPTED));
	}

	/** Every transfer still waiting for a decision, oldest first: staff decide when the current owner does not. */
	public List<TransferView> pendingTransfers() {
		return transfers.viewsIn(TransferRequest.Status.PENDING);
	}

	public Optional<TransferRequest> pendingTransfer(long transferId) {
		return transfers.findById(transferId).filter(t -> t.getStatus() == TransferRequest.Status.PENDING);
	}

	private TransferRequest incoming(long ownerId, long transferId) {
		TransferRequest request = transfers.findById(transferId).orElseThrow(ProductNotFoundException::new);
		Registration from = registrations.findById(request.getFromRegistrationId()).orElseThrow();
		if (!from.getOwnerId().equals(ownerId) || request.getStatus() != TransferRequest.Status.PENDING) {
			throw new ProductNotFoundException();
		}
		return request;
	}
}
