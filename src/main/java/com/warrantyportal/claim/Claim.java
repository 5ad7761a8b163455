package com.warrantyportal.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.Coverage;
import com.warrantyportal.eligibility.VerdictStatus;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A warranty claim filed by an owner on one registered unit. The claim guards every staff action: each one is
 * refused with {@link ClaimActionRefusedException} unless {@link #allowedActions(StaffActor)} offers it. Each change
 * of status registers a {@link ClaimStatusChanged} on the claim; the workflow writes the registered changes into the
 * timeline and saving the claim publishes them, in the transaction that made them.
 */
@Entity
@Table(name = "claim")
public class Claim extends AbstractAggregateRoot<Claim> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "claim_number", nullable = false)
	private String number;

	@Column(name = "registration_id", nullable = false)
	private Long registrationId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClaimStatus status;

	@Column(name = "failure_date", nullable = false)
	private LocalDate failureDate;

	@Column(name = "filed_on", nullable = false)
	private LocalDate filedOn;

	@Column(nullable = false)
	private String component;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Cause cause;

	@Column(nullable = false)
	private String description;

	@Column(name = "assignee_id")
	private Long assigneeId;

	@Column(name = "submission_token")
	private String submissionToken;

	@Enumerated(EnumType.STRING)
	@Column(name = "verdict_status")
	private VerdictStatus verdictStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "verdict_coverage")
	private Coverage verdictCoverage;

	@Enumerated(EnumType.STRING)
	@Column(name = "override_status")
	private VerdictStatus overrideStatus;

	@Column(name = "override_reason")
	private String overrideReason;

	@Enumerated(EnumType.STRING)
	private Resolution resolution;

	@Column(name = "replacement_serial")
	private String replacementSerial;

	/** The sum of the cost lines (or, for decisions made before cost lines, the one amount given). */
	@Column(name = "remedy_amount")
	private BigDecimal remedyAmount;

	/** The cost lines' currency; null before cost lines (the portal's currency). */
	@Column(name = "remedy_currency")
	private String remedyCurrency;

	@ElementCollection
	@CollectionTable(name = "claim_cost_line", joinColumns = @JoinColumn(name = "claim_id"))
	@OrderColumn(name = "line_no")
	private List<CostLine> costLines = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "rejection_reason")
	private RejectionReason rejectionReason;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	private static final Set<ClaimStatus> DECIDABLE = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.IN_REVIEW);

	private static final Set<ClaimStatus> DECIDED = EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.REJECTED);

	protected Claim() {
	}

	Claim(String number, Long registrationId, Long unitId, Long ownerId, LocalDate failureDate, LocalDate filedOn,
			String component, Cause cause, String description, String submissionToken, Instant now) {
		this.number = number;
		this.submissionToken = submissionToken;
		this.registrationId = registrationId;
		this.unitId = unitId;
		this.ownerId = ownerId;
		this.status = ClaimStatus.SUBMITTED;
		this.failureDate = failureDate;
		this.filedOn = filedOn;
		this.component = component;
		this.cause = cause;
		this.description = description;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Moves along the workflow, or throws when docs/domain.md's workflow does not allow the step, and registers the
	 * change with the note for the owner.
	 */
	ClaimStatus moveTo(ClaimStatus next, String note, Instant now) {
		if (!status.canMoveTo(next)) {
			throw new IllegalStateException("A claim " + status + " cannot become " + next);
		}
		ClaimStatus previous = status;
		status = next;
		updatedAt = now;
		registerEvent(new ClaimStatusChanged(id, number, ownerId, previous, next, note));
		return previous;
	}

	/** The claim was filed and has its id: registers its first step. */
	void filed() {
		registerEvent(new ClaimStatusChanged(id, number, ownerId, null, ClaimStatus.SUBMITTED, null));
	}

	/** The changes of status registered since the claim was last saved, oldest first. */
	List<ClaimStatusChanged> statusChanges() {
		return domainEvents().stream()
			.filter(ClaimStatusChanged.class::isInstance)
			.map(ClaimStatusChanged.class::cast)
			.toList();
	}

	/** The engine's current answer, kept on the claim for the queue's badge and filter. */
	void recordVerdict(VerdictStatus status, Coverage coverage) {
		this.verdictStatus = status;
		this.verdictCoverage = coverage;
	}

	/**
	 * What this actor may do with the claim now: review actions while it is open (overriding the verdict for
	 * supervisors only, taking it only when it is not theirs already), deciding while no information is awaited,
	 * closing once decided, nothing once closed or withdrawn.
	 */
	public Set<StaffAction> allowedActions(StaffActor actor) {
		Set<StaffAction> allowed = EnumSet.noneOf(StaffAction.class);
		if (status.isOpen()) {
			if (assigneeId == null || assigneeId.longValue() != actor.accountId()) {
				allowed.add(StaffAction.ASSIGN);
			}
			if (assigneeId != null && (assigneeId.longValue() == actor.accountId() || actor.supervisor())) {
				allowed.add(StaffAction.UNASSIGN);
			}
			allowed.add(StaffAction.VERIFY_PROOF);
			allowed.add(StaffAction.SETTLE_SERIAL);
			allowed.add(StaffAction.ADD_PLAN);
			if (actor.supervisor()) {
				allowed.add(StaffAction.OVERRIDE);
			}
		}
		if (DECIDABLE.contains(status)) {
			allowed.add(StaffAction.REQUEST_INFO);
			allowed.add(StaffAction.APPROVE);
			allowed.add(StaffAction.REJECT);
		}
		if (DECIDED.contains(status)) {
			allowed.add(StaffAction.CLOSE);
		}
		return Collections.unmodifiableSet(allowed);
	}

	public boolean allows(StaffAction action, StaffActor actor) {
		return allowedActions(actor).contains(action);
	}

	/** Refuses the action unless the claim's state allows it for this actor. */
	void require(StaffAction action, StaffActor actor) {
		if (!allows(action, actor)) {
			String key = action == StaffAction.ASSIGN && status.isOpen() ? "staff.action.refused.yoursAlready"
					: action == StaffAction.OVERRIDE && status.isOpen() ? "staff.override.supervisorOnly"
					: action == StaffAction.UNASSIGN && status.isOpen() ? "staff.action.refused.notYours"
							: "staff.action.refused";
			throw new ClaimActionRefusedException(number, action, status, key);
		}
	}

	/** The actor takes the claim; the first staff action on a submitted claim starts its review. */
	void assignTo(StaffActor actor, Instant now) {
		require(StaffAction.ASSIGN, actor);
		this.assigneeId = actor.accountId();
		startReview(now);
	}

	/**
	 * The assignee hands the claim back to the queue (a supervisor may do it for anyone): only while it is open and
	 * assigned. The status stays as it is; the clocks keep running.
	 */
	void unassign(StaffActor actor, Instant now) {
		require(StaffAction.UNASSIGN, actor);
		this.assigneeId = null;
		this.updatedAt = now;
	}

	/**
	 * Staff changed a fact the verdict rests on (the receipt, the serial's status, an extended plan): only while the
	 * claim is open. The version moves on, so a page loaded before it is refused.
	 */
	void recordFactChange(StaffAction action, StaffActor actor, Instant now) {
		if (action != StaffAction.VERIFY_PROOF && action != StaffAction.SETTLE_SERIAL
				&& action != StaffAction.ADD_PLAN) {
			throw new IllegalArgumentException(action + " is not a change of facts");
		}
		require(action, actor);
		this.updatedAt = now;
	}

	void requestInformation(StaffActor actor, String question, Instant now) {
		require(StaffAction.REQUEST_INFO, actor);
		startReview(now);
		moveTo(ClaimStatus.INFO_REQUESTED, question, now);
	}

	/** Supervisors only, while open: sets the verdict staff act on, keeping the engine's beside it. */
	void override(StaffActor actor, VerdictStatus status, String reason, Instant now) {
		require(StaffAction.OVERRIDE, actor);
		this.overrideStatus = status;
		this.overrideReason = reason;
		this.updatedAt = now;
	}

	/**
	 * Approves with a remedy and its costs, which must all be in one currency; the approved amount is their sum. Only
	 * a refund pays money back to the owner, and a refund must say how much.
	 */
	void approve(StaffActor actor, Resolution resolution, String replacementSerial, List<CostLine> costs, String note,
			Instant now) {
		require(StaffAction.APPROVE, actor);
		if (costs.stream().map(CostLine::getCurrency).distinct().count() > 1) {
			throw new IllegalArgumentException("The costs of one decision are in one currency: " + costs);
		}
		boolean refunds = costs.stream().anyMatch(line -> line.getKind() == CostKind.REFUND);
		if (refunds != (resolution == Resolution.REFUND)) {
			throw new IllegalArgumentException(
					resolution == Resolution.REFUND ? "A refund needs its amount" : "Only a refund pays the owner back");
		}
		startReview(now);
		moveTo(ClaimStatus.APPROVED, note, now);
		this.resolution = resolution;
		this.replacementSerial = replacementSerial;
		this.costLines.clear();
		this.costLines.addAll(costs);
		this.remedyAmount = CostLine.total(costs);
		this.remedyCurrency = costs.isEmpty() ? null : costs.get(0).getCurrency();
		this.decidedAt = now;
	}

	void reject(StaffActor actor, RejectionReason reason, String note, Instant now) {
		require(StaffAction.REJECT, actor);
		startReview(now);
		moveTo(ClaimStatus.REJECTED, note, now);
		this.rejectionReason = reason;
		this.decidedAt = now;
	}

	void close(StaffActor actor, String note, Instant now) {
		require(StaffAction.CLOSE, actor);
		moveTo(ClaimStatus.CLOSED, note, now);
	}

	/** Whether approving it goes against the rules' answer, so the approver must say why. */
	public boolean approvalNeedsReason() {
		VerdictStatus verdict = getEffectiveVerdict();
		return verdict == VerdictStatus.NEEDS_REVIEW || verdict == VerdictStatus.NOT_ELIGIBLE;
	}

	/** The owner added files: the version moves on, so a page loaded before it is refused. */
	void touch(Instant now) {
		this.updatedAt = now;
	}

	private void startReview(Instant now) {
		if (status == ClaimStatus.SUBMITTED) {
			moveTo(ClaimStatus.IN_REVIEW, null, now);
		}
		updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getNumber() {
		return number;
	}

	public Long getRegistrationId() {
		return registrationId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public ClaimStatus getStatus() {
		return status;
	}

	public LocalDate getFailureDate() {
		return failureDate;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public String getComponent() {
		return component;
	}

	public Cause getCause() {
		return cause;
	}

	public String getDescription() {
		return description;
	}

	public Long getAssigneeId() {
		return assigneeId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public VerdictStatus getVerdictStatus() {
		return verdictStatus;
	}

	public Coverage getVerdictCoverage() {
		return verdictCoverage;
	}

	/** The verdict staff act on: a supervisor's override when there is one, else the engine's. */
	public VerdictStatus getEffectiveVerdict() {
		return overrideStatus != null ? overrideStatus : verdictStatus;
	}

	public VerdictStatus getOverrideStatus() {
		return overrideStatus;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public Resolution getResolution() {
		return resolution;
	}

	public String getReplacementSerial() {
		return replacementSerial;
	}

	public BigDecimal getRemedyAmount() {
		return remedyAmount;
	}

	/** The currency of the approved amount: the cost lines' one, or null for the portal's own. */
	public String getRemedyCurrency() {
		return remedyCurrency;
	}

	/** The costs of the decision, in the order given; read them inside the transaction that loaded the claim. */
	public List<CostLine> getCostLines() {
		return Collections.unmodifiableList(costLines);
	}

	public RejectionReason getRejectionReason() {
		return rejectionReason;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
