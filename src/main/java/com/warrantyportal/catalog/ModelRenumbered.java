package com.warrantyportal.catalog;

/**
 * Published when a model's number changes so that it compares differently ({@link ModelNumber#key()}), inside the
 * transaction that changed it: copies of the key elsewhere (the staff queue's model order) follow.
 */
public record ModelRenumbered(long modelId, String modelNumberKey) {
}
