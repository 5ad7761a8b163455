package com.warrantyportal.claim;

/** Administrators changed the working days staff have; instances read them again. */
public record ServiceLevelsChanged(int firstResponseDays, int decisionDays) {
}
