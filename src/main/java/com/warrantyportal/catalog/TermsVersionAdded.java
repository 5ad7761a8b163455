package com.warrantyportal.catalog;

/** Published when a model gets a new version of its warranty terms, inside the transaction that added it. */
public record TermsVersionAdded(long modelId, long termsVersionId) {
}
