package com.warrantyportal.eligibility;

/** One reason that applied, with a sentence for staff that names the dates behind it. */
public record Reason(ReasonCode code, String explanation) {
}
