package com.warrantyportal.support;

import com.warrantyportal.unit.RegistryImport;
import com.warrantyportal.unit.internal.RegistryImportRepository;

/** Waiting for a background registry import in tests. */
public final class RegistryImportsEnded {

	private RegistryImportsEnded() {
	}

	/** Waits until the import stops running (30 s at most) and returns it as it ended. */
	public static RegistryImport awaitEnd(RegistryImportRepository imports, long importId)
			throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			RegistryImport registryImport = imports.findById(importId).orElseThrow();
			if (!registryImport.getStatus().isActive()) {
				return registryImport;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Import " + importId + " still runs after 30 s");
	}
}
