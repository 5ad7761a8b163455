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
 * Transfers of a product to its next owner: the requests asked of an owner and by them, the current owner's answer,
 * and the decision itself, which {@link StaffTransfers} also applies when staff decide in the owner's place. A
 * request is made by registering a serial someone else owns ({@link OwnerProducts#register}).
 */
@Service
@Transactional(readOnly = true)
public class OwnerTransfers {

	private final TransferRequestRepository transfers;

	private final RegistrationRepository registrations;

	private final UnitService units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OwnerTransfers(TransferRequestRepository transfers, RegistrationRepository registrations, UnitService units,
			ApplicationEventPublisher events, Clock clock) {
		this.transfers = transfers;
		this.registrations = registrations;
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

	/**
	 * The {@code limit} transfers waiting longest for a decision, oldest first: staff decide when the current owner
	 * does not.
	 */
	public List<TransferView> pendingTransfers(int limit) {
		return transfers.viewsIn(TransferRequest.Status.PENDING, org.springframework.data.domain.Limit.of(limit));
	}

	public long countPendingTransfers() {
		return transfers.countByStatus(TransferRequest.Status.PENDING);
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
