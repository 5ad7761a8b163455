package com.warrantyportal.claim.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClaimRepository extends JpaRepository<Claim, Long> {

	Optional<Claim> findByNumber(String number);

	Optional<Claim> findBySubmissionToken(String submissionToken);

	List<Claim> findByUnitIdOrderByCreatedAtDesc(Long unitId);

	Optional<Claim> findByNumberAndOwnerId(String number, Long ownerId);

	List<Claim> findByOwnerIdOrderByCreatedAtDesc(Long ownerId);

	List<Claim> findByOwnerIdAndStatusIn(Long ownerId, java.util.Collection<ClaimStatus> statuses);

	List<Claim> findByRegistrationIdAndOwnerIdOrderByCreatedAtDesc(Long registrationId, Long ownerId);

	long countByOwnerIdAndStatusIn(Long ownerId, java.util.Collection<ClaimStatus> statuses);

	@Query("select c.status, count(c) from Claim c group by c.status")
	List<Object[]> countByStatus();
}
