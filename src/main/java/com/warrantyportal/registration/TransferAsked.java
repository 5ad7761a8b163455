package com.warrantyportal.registration;

/** Someone asked to take over a registered unit; its current owner should hear about it. */
public record TransferAsked(long transferId, long currentOwnerId, String product, String serial) {
}
