package com.warrantyportal.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.warrantyportal.claim.internal.ClaimEventRepository;
import com.warrantyportal.claim.internal.ClaimNumbers;
import com.warrantyportal.claim.internal.ClaimRepository;
import com.warrantyportal.eligibility.Cause;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files claims and moves them through the workflow, writing every step into the claim's timeline. */
@Service
@Transactional(readOnly = true)
public class ClaimService {

	private final ClaimRepository claims;

	private final ClaimEventRepository events;

	private final ClaimNumbers numbers;

	private final Clock clock;

	ClaimService(ClaimRepository claims, ClaimEventRepository events, ClaimNumbers numbers, Clock clock) {
		this.claims = claims;
		this.events = events;
		this.numbers = numbers;
		this.clock = clock;
	}

	/** Who did something: an account, or the system. */
	public record Actor(Long accountId, String label) {

		public static final Actor SYSTEM = new Actor(null, "Warranty Portal");
	}

	@Transactional
	public Claim file(long registrationId, long unitId, long ownerId, String ownerLabel, LocalDate failureDate,
			String component, Cause cause, String description) {
		LocalDate today = LocalDate.now(clock);
		Claim claim = claims.save(new Claim(numbers.next(today.getYear()), registrationId, unitId, ownerId,
				failureDate, today, component, cause, description, clock.instant()));
		events.save(new ClaimEvent(claim.getId(), clock.instant(), ownerId, ownerLabel, "SUBMITTED", null,
				ClaimStatus.SUBMITTED, null));
		return claim;
	}

	@Transactional
	public Claim moveTo(long claimId, ClaimStatus next, Actor actor, String note) {
		Claim claim = claims.findById(claimId).orElseThrow();
		ClaimStatus previous = claim.moveTo(next, clock.instant());
		events.save(new ClaimEvent(claim.getId(), clock.instant(), actor.accountId(), actor.label(), next.name(),
				previous, next, note));
		return claim;
	}

	public Optional<Claim> findForOwner(String number, long ownerId) {
		return claims.findByNumberAndOwnerId(number, ownerId);
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
