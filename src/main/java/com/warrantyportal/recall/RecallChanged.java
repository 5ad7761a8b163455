package com.warrantyportal.recall;

import java.util.Set;

/** A campaign was opened or closed: the live verdicts of open claims on these models may change. */
public record RecallChanged(long campaignId, Set<Long> modelIds) {
}
