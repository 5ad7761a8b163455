package com.warrantyportal.registration;

import java.util.List;

import com.warrantyportal.audit.AuditTrail;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff decide transfer requests that the current owner has not answered. Every decision is audited. */
@Service
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class StaffTransfers {

	public static final String AUDIT_TARGET = "TRANSFER";

	private final OwnerTransfers transfers;

	private final AuditTrail audit;

	StaffTransfers(OwnerTransfers transfers, AuditTrail audit) {
		this.transfers = transfers;
		this.audit = audit;
	}

	/** How many transfers the staff list shows at once: the oldest; deciding them brings the next. */
	public static final int PAGE = 50;

	/** The waiting transfers staff see: the {@link #PAGE} oldest, and how many wait in all. */
	public record Pending(List<TransferView> oldest, long waiting) {
	}

	@Transactional(readOnly = true)
	public Pending pending() {
		return new Pending(transfers.pendingTransfers(PAGE), transfers.countPendingTransfers());
	}

	/** Decides a pending transfer; false when it was decided meanwhile (by its owner or another agent). */
	@Transactional
	public boolean decide(long transferId, boolean accept, String actor, String note) {
		return transfers.pendingTransfer(transferId).map(request -> {
			transfers.decide(request, accept ? TransferRequest.Status.ACCEPTED : TransferRequest.Status.DECLINED,
					actor);
			audit.record(actor, accept ? "TRANSFER_ACCEPTED" : "TRANSFER_DECLINED", AUDIT_TARGET, transferId, note);
			return true;
		}).orElse(false);
	}
}
