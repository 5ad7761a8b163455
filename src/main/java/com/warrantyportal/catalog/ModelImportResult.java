package com.warrantyportal.catalog;

/** What a confirmed import did: models created and updated, lines that changed nothing, lines skipped as wrong. */
public record ModelImportResult(long created, long updated, long unchanged, long skipped) {
}
