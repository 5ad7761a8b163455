package com.warrantyportal.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.warrantyportal.claim.internal.ClaimAttachmentRepository;
import com.warrantyportal.claim.internal.ClaimEventRepository;
import com.warrantyportal.claim.internal.ClaimNumbers;
import com.warrantyportal.claim.internal.ClaimRepository;
import com.warrantyportal.eligibility.Cause;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files claims and moves them through the workflow. Every step the claim registers is written into its timeline and
 * published as {@link ClaimStatusChanged} when the claim is saved; every change checks the version the actor saw, so concurrent changes never overwrite
 * each other silently.
 */
@Service
@Transactional(readOnly = true)
public class ClaimService {

	private final ClaimRepository claims;

	private final ClaimEventRepository events;

	private final ClaimAttachmentRepository attachments;

	private final ClaimNumbers numbers;

	private final ClaimEligibility eligibility;

	private final Clock clock;

	private final TransactionOperations filing;

	ClaimService(ClaimRepository claims, ClaimEventRepository events, ClaimAttachmentRepository attachments,
			ClaimNumbers numbers, ClaimEligibility eligibility, Clock clock,
			PlatformTransactionManager transactions) {
		this.filing = new TransactionTemplate(transactions);
		this.eligibility = eligibility;
		this.claims = claims;
		this.events = events;
		this.attachments = attachments;
		this.numbers = numbers;
		this.clock = clock;
	}

	/** Who did something: an account, or the system. */
	public record Actor(Long accountId, String label) {

		public static final Actor SYSTEM = new Actor(null, "Warranty Portal");
	}

	/** A new claim as the owner filed it; {@code submissionToken} is the one-time token of the form, may be null. */
	public record NewClaim(long registrationId, long unitId, long ownerId, String ownerLabel, LocalDate failureDate,
			String component, Cause cause, String description, String submissionToken, List<Long> fileIds) {
	}

	/**
	 * The next claim number of this year. Take it before the filing transaction opens, and file with
	 * {@link #file(String, NewClaim)}: numbers come from {@link ClaimNumbers}, which reserves them in short transactions
	 * of their own, so filings never wait for each other on the counter. A number taken and not filed is a gap.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public String nextNumber() {
		return numbers.next(LocalDate.now(clock).getYear());
	}

	/** Files the claim under a number from {@link #nextNumber()}, in one transaction with its first step. */
	@Transactional
	public Claim file(String number, NewClaim request) {
		LocalDate today = LocalDate.now(clock);
		Claim claim = claims.saveAndFlush(new Claim(number, request.registrationId(), request.unitId(),
				request.ownerId(), request.failureDate(), today, request.component(), request.cause(),
				request.description(), request.submissionToken(), clock.instant()));
		ClaimEvent submitted = events.save(new ClaimEvent(claim.getId(), clock.instant(), request.ownerId(),
				request.ownerLabel(), "SUBMITTED", null, ClaimStatus.SUBMITTED, null));
		request.fileIds().forEach(id -> attachments.save(new ClaimAttachment(claim.getId(), id, submitted.getId())));
		eligibility.refresh(claim);
		claim.filed();
		// Written now, so the version the caller sees is the one a next action must name; publishes the first step.
		claims.saveAndFlush(claim);
		return claim;
	}

	/** Takes the next number, then files the claim under it in a transaction (joining the caller's, if any). */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Claim file(NewClaim request) {
		String number = nextNumber();
		return filing.execute(status -> file(number, request));
	}

	/** Convenience for demo data and tests: a claim without a form token or files. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Claim file(long registrationId, long unitId, long ownerId, String ownerLabel, LocalDate failureDate,
			String component, Cause cause, String description) {
		return file(new NewClaim(registrationId, unitId, ownerId, ownerLabel, failureDate, component, cause,
				description, null, List.of()));
	}

	public Optional<Claim> findBySubmissionToken(String token) {
		return token == null ? Optional.empty() : claims.findBySubmissionToken(token);
	}

	/** Moves a claim along the workflow without a version check: for the system and demo data only. */
	@Transactional
	public Claim moveTo(long claimId, ClaimStatus next, Actor actor, String note) {
		Claim claim = claims.findById(claimId).orElseThrow();
		move(claim, next, actor, next.name(), note);
		return claim;
	}

	/** The owner answers a request for information; the claim goes back to review. */
	@Transactional
	public Claim answerInformationRequest(String number, long ownerId, long expectedVersion, Actor owner,
			String answer, List<Long> fileIds) {
		Claim claim = ownersCurrent(number, ownerId, expectedVersion);
		if (claim.getStatus() != ClaimStatus.INFO_REQUESTED) {
			throw new ClaimConflictException(number);
		}
		ClaimEvent answered = move(claim, ClaimStatus.IN_REVIEW, owner, "INFO_PROVIDED", answer);
		fileIds.forEach(id -> attachments.save(new ClaimAttachment(claim.getId(), id, answered.getId())));
		return claim;
	}

	/**
	 * The owner adds photos or documents to an open claim, with an optional note, whenever they like: a step in its
	 * timeline for staff to see, without a change of status (so no mail about it).
	 */
	@Transactional
	public Claim addOwnerFiles(String number, long ownerId, long expectedVersion, Actor owner, String note,
			List<Long> fileIds) {
		Claim claim = ownersCurrent(number, ownerId, expectedVersion);
		if (!claim.getStatus().isOpen()) {
			throw new ClaimConflictException(number);
		}
		claim.touch(clock.instant());
		ClaimEvent added = events.save(new ClaimEvent(claim.getId(), clock.instant(), owner.accountId(), owner.label(),
				"FILES_ADDED", claim.getStatus(), claim.getStatus(), note));
		fileIds.forEach(id -> attachments.save(new ClaimAttachment(claim.getId(), id, added.getId())));
		return claim;
	}

	/** The owner withdraws a claim that has no decision yet. */
	@Transactional
	public Claim withdraw(String number, long ownerId, long expectedVersion, Actor owner) {
		Claim claim = ownersCurrent(number, ownerId, expectedVersion);
		if (!claim.getStatus().isOpen()) {
			throw new ClaimConflictException(number);
		}
		move(claim, ClaimStatus.WITHDRAWN, owner, "WITHDRAWN", null);
		return claim;
	}

	/** What the timeline and the previous owner's mail say about a claim a transfer ended. */
	public static final String ENDED_BY_TRANSFER = "The product now belongs to someone else: it was transferred to "
			+ "its new owner, so this claim ended with the transfer. The new owner can file a claim of their own.";

	/**
	 * A transfer completed: the previous owner's claims on the unit that are still open end, withdrawn by the portal
	 * with the reason in their timeline (and in the mail the previous owner gets).
	 * @return how many ended
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public int endForTransfer(long unitId, long previousOwnerId) {
		int ended = 0;
		for (Claim claim : claims.findByUnitIdOrderByCreatedAtDesc(unitId)) {
			if (claim.getOwnerId() == previousOwnerId && claim.getStatus().isOpen()) {
				Claim locked = claims.lockByNumber(claim.getNumber()).orElseThrow();
				if (locked.getStatus().isOpen()) {
					move(locked, ClaimStatus.WITHDRAWN, Actor.SYSTEM, "ENDED_BY_TRANSFER", ENDED_BY_TRANSFER);
					ended++;
				}
			}
		}
		return ended;
	}

	/** The claim staff act on, locked, while it is still the version they saw. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	Claim lockForStaff(String number, long expectedVersion) {
		Claim claim = claims.lockByNumber(number).orElseThrow(ClaimNotFoundException::new);
		if (claim.getVersion() != expectedVersion) {
			throw new ClaimConflictException(number);
		}
		return claim;
	}

	private Claim ownersCurrent(String number, long ownerId, long expectedVersion) {
		Claim claim = claims.lockByNumber(number)
			.filter(found -> found.getOwnerId() == ownerId)
			.orElseThrow(ClaimNotFoundException::new);
		if (claim.getVersion() != expectedVersion) {
			throw new ClaimConflictException(number);
		}
		return claim;
	}

	private ClaimEvent move(Claim claim, ClaimStatus next, Actor actor, String eventType, String note) {
		claim.moveTo(next, note, clock.instant());
		List<ClaimEvent> written = recordChanges(claim, actor, eventType);
		return written.get(written.size() - 1);
	}

	/**
	 * Writes the changes of status the claim registered into its timeline, the last one under {@code lastEventType}
	 * (its status's name when null), then saves the claim, which publishes them to the listeners in this transaction.
	 * @return the timeline entries written, oldest first
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<ClaimEvent> recordChanges(Claim claim, Actor actor, String lastEventType) {
		List<ClaimStatusChanged> changes = claim.statusChanges();
		List<ClaimEvent> written = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			ClaimStatusChanged change = changes.get(i);
			boolean last = i == changes.size() - 1;
			written.add(events.save(new ClaimEvent(claim.getId(), clock.instant(), actor.accountId(), actor.label(),
					last && lastEventType != null ? lastEventType : change.to().name(), change.from(), change.to(),
					change.note())));
		}
		claims.saveAndFlush(claim);
		return written;
	}

	public Optional<Claim> findForOwner(String number, long ownerId) {
		return claims.findByNumberAndOwnerId(number, ownerId);
	}

	public Optional<Claim> findByNumber(String number) {
		return claims.findByNumber(number);
	}

	public Optional<Claim> find(long claimId) {
		return claims.findById(claimId);
	}

	/** The owner's five newest claims. */
	public List<Claim> recentForOwner(long ownerId) {
		return claims.findTop5ByOwnerIdOrderByCreatedAtDesc(ownerId);
	}

	public List<Claim> forOwner(long ownerId) {
		return claims.findByOwnerIdOrderByCreatedAtDesc(ownerId);
	}

	public long countOpenForOwner(long ownerId) {
		return claims.countByOwnerIdAndStatusIn(ownerId, ClaimStatus.open());
	}

	public List<ClaimEvent> timeline(long claimId) {
		return events.findByClaimIdOrderByOccurredAtAscIdAsc(claimId);
	}

	public List<ClaimAttachment> attachments(long claimId) {
		return attachments.findByClaimIdOrderByIdAsc(claimId);
	}

	/** How many claims are in each status, every status present (zero when none). */
	public Map<ClaimStatus, Long> countsByStatus() {
		Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
		for (ClaimStatus status : ClaimStatus.values()) {
			counts.put(status, 0L);
		}
		for (Object[] row : claims.countByStatus()) {
			counts.put((ClaimStatus) row[0], (Long) row[1]);
		}
		return counts;
	}
}
