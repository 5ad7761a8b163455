package com.warrantyportal.claim.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PendingClaimFileRepository extends JpaRepository<PendingClaimFile, Long> {

	/** The files kept with one owner's form, in the order they were chosen. */
	List<PendingClaimFile> findByOwnerIdAndSubmissionTokenOrderByIdAsc(Long ownerId, String submissionToken);

	long countByOwnerIdAndSubmissionToken(Long ownerId, String submissionToken);

	/**
	 * Who uses a form's one-time token, in one statement: the claim filed with it (its number and owner), and any
	 * owner other than the given one keeping files with it (number null).
	 */
	@Query(value = """
			SELECT c.claim_number, c.owner_id FROM claim c WHERE c.submission_token = :token
			UNION ALL
			SELECT NULL, p.owner_id FROM pending_claim_file p WHERE p.submission_token = :token AND p.owner_id <> :ownerId
			""", nativeQuery = true)
	List<Object[]> findTokenUses(@Param("token") String token, @Param("ownerId") long ownerId);

	/** The oldest files kept before the instant, a batch at a time. */
	List<PendingClaimFile> findByCreatedAtBeforeOrderByIdAsc(Instant before, Limit limit);

	/** Removes the row; 0 when another transaction (filing, another clean-up) took it first. */
	@Modifying(flushAutomatically = true)
	@Query("delete from PendingClaimFile p where p.id = :id")
	int deleteOne(@Param("id") long id);
}
