package com.warrantyportal.claim.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimStatus;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

	Optional<Claim> findByNumber(String number);

	Optional<Claim> findBySubmissionToken(String submissionToken);

	/**
	 * The claim, locked until the transaction ends: concurrent actions on one claim queue up here, and the second
	 * then sees the first's new version instead of deadlocking with it on the timeline's foreign key.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Claim c where c.number = :number")
	Optional<Claim> lockByNumber(@org.springframework.data.repository.query.Param("number") String number);

	List<Claim> findByUnitIdOrderByCreatedAtDesc(Long unitId);

	@Query("select c from Claim c, com.warrantyportal.unit.Unit u where u.id = c.unitId and u.modelId = :modelId "
			+ "and c.status in :statuses")
	List<Claim> findOpenForModel(@org.springframework.data.repository.query.Param("modelId") Long modelId,
			@org.springframework.data.repository.query.Param("statuses") java.util.Collection<ClaimStatus> statuses);

	@Query("select c from Claim c, com.warrantyportal.unit.Unit u where u.id = c.unitId "
			+ "and u.manufacturerId = :manufacturerId and c.status in :statuses")
	List<Claim> findOpenForManufacturer(
			@org.springframework.data.repository.query.Param("manufacturerId") Long manufacturerId,
			@org.springframework.data.repository.query.Param("statuses") java.util.Collection<ClaimStatus> statuses);

	Optional<Claim> findByNumberAndOwnerId(String number, Long ownerId);

	List<Claim> findByOwnerIdOrderByCreatedAtDesc(Long ownerId);

	List<Claim> findTop5ByOwnerIdOrderByCreatedAtDesc(Long ownerId);

	List<Claim> findByRegistrationIdAndOwnerIdOrderByCreatedAtDesc(Long registrationId, Long ownerId);

	long countByOwnerIdAndStatusIn(Long ownerId, java.util.Collection<ClaimStatus> statuses);

	@Query("select c.status, count(c) from Claim c group by c.status")
	List<Object[]> countByStatus();
}
