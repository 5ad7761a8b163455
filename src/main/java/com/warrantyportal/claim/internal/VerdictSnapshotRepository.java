package com.warrantyportal.claim.internal;

import java.util.List;

import com.warrantyportal.claim.VerdictSnapshot;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerdictSnapshotRepository extends JpaRepository<VerdictSnapshot, Long> {

	List<VerdictSnapshot> findByClaimIdOrderByTakenAtAscIdAsc(Long claimId);
}
