package com.warrantyportal.recall;

import java.util.Set;

/**
 * A campaign was opened, closed or a unit's remedy recorded: the live verdicts of open claims on these models may
 * change. The model ids are copied, so the event (kept in the event publication registry) holds plain values.
 */
public record RecallChanged(long campaignId, Set<Long> modelIds) {

	public RecallChanged {
		modelIds = Set.copyOf(modelIds);
	}
}
