package com.warrantyportal.unit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.unit.RegistryImport;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistryImportRepository extends JpaRepository<RegistryImport, Long> {

	List<RegistryImport> findTop50ByManufacturerIdOrderByIdDesc(Long manufacturerId);

	Optional<RegistryImport> findByIdAndManufacturerId(Long id, Long manufacturerId);

	/** Running imports whose worker has not been heard of since {@code before}: a restart or a crash stopped them. */
	@Modifying
	@Query("update RegistryImport i set i.status = com.warrantyportal.unit.RegistryImportStatus.INTERRUPTED, "
			+ "i.problem = 'STOPPED', i.version = i.version + 1 "
			+ "where i.status = com.warrantyportal.unit.RegistryImportStatus.RUNNING and i.heartbeatAt < :before")
	int interruptRunningSilentSince(@Param("before") Instant before);

	/** Queued imports at start-up: the queue they waited in was in the memory of a process that has gone. */
	@Modifying
	@Query("update RegistryImport i set i.status = com.warrantyportal.unit.RegistryImportStatus.INTERRUPTED, "
			+ "i.problem = 'STOPPED', i.version = i.version + 1 "
			+ "where i.status = com.warrantyportal.unit.RegistryImportStatus.QUEUED")
	int interruptQueued();
}
