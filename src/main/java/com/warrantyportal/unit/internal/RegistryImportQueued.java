package com.warrantyportal.unit.internal;

/** An import was uploaded or resumed: once that is committed, the worker takes it on. */
public record RegistryImportQueued(long importId) {
}
