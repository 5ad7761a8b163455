package com.warrantyportal.unit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.unit.RegistryImport;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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

	/** Queued imports nobody has started since {@code before}, oldest first. */
	@Query("select i.id from RegistryImport i where i.status = com.warrantyportal.unit.RegistryImportStatus.QUEUED "
			+ "and i.heartbeatAt < :before order by i.id")
	List<Long> findQueuedSince(@Param("before") Instant before);

	/** The import, its row locked until the transaction ends: a watcher does not take it over meanwhile. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from RegistryImport i where i.id = :id")
	Optional<RegistryImport> findLocked(@Param("id") Long id);
}
