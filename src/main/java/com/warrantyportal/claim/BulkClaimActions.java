package com.warrantyportal.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * One action on many claims ticked in the queue. Each claim is acted on in its own transaction through
 * {@link ClaimDecisions}, with the version the queue showed: the claim guards the action and the decision is audited
 * as if it were taken on the claim's page. A claim changed since the queue was loaded, or whose state does not allow
 * the action, is skipped with the reason; the others go through.
 */
@Service
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class BulkClaimActions {

	/** What the queue can do to the ticked claims. */
	public enum Action {
		ASSIGN_TO_ME, UNASSIGN, CLOSE
	}

	/** A ticked claim and the version the queue showed. */
	public record Selected(String number, long version) {
	}

	/** The claims acted on, and those skipped with the message key of the reason. */
	public record Outcome(List<String> done, Map<String, String> skipped) {
	}

	private final ClaimDecisions decisions;

	BulkClaimActions(ClaimDecisions decisions) {
		this.decisions = decisions;
	}

	public Outcome apply(Action action, List<Selected> claims, StaffActor actor) {
		List<String> done = new ArrayList<>();
		Map<String, String> skipped = new LinkedHashMap<>();
		for (Selected claim : claims) {
			try {
				switch (action) {
					case ASSIGN_TO_ME -> decisions.assignToMe(claim.number(), claim.version(), actor);
					case UNASSIGN -> decisions.unassign(claim.number(), claim.version(), actor);
					case CLOSE -> decisions.close(claim.number(), claim.version(), actor, null);
				}
				done.add(claim.number());
			}
			catch (ClaimConflictException | OptimisticLockingFailureException
					| PessimisticLockingFailureException ex) {
				skipped.put(claim.number(), "staff.bulk.skipped.changed");
			}
			catch (ClaimActionRefusedException ex) {
				skipped.put(claim.number(), "staff.bulk.skipped.notNow");
			}
			catch (ClaimNotFoundException ex) {
				skipped.put(claim.number(), "staff.bulk.skipped.missing");
			}
		}
		return new Outcome(done, skipped);
	}
}
