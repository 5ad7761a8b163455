package com.warrantyportal.registration.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.registration.Registration;

import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

	List<Registration> findByOwnerIdAndActiveUnitIdIsNotNullOrderByPurchaseDateDesc(Long ownerId);

	Optional<Registration> findByActiveUnitId(Long unitId);

	Optional<Registration> findByIdAndOwnerId(Long id, Long ownerId);

	long countByOwnerIdAndActiveUnitIdIsNotNull(Long ownerId);

	/**
	 * The unit ids of active registrations after the given one, in order: a keyset page read from the unique index on
	 * active_unit_id alone (joined with units and models, MariaDB would rather start from the manufacturers and read
	 * every unit).
	 */
	@Query("select r.activeUnitId from Registration r where r.activeUnitId > :after order by r.activeUnitId")
	List<Long> findActiveUnitIdsAfter(@Param("after") long afterUnitId, Pageable page);

	/** The active registrations of these units (by the unique index on active_unit_id). */
	List<Registration> findByActiveUnitIdIn(Collection<Long> unitIds);

}
