package com.warrantyportal.claim.internal;

import java.util.List;

import com.warrantyportal.claim.ClaimEvent;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimEventRepository extends JpaRepository<ClaimEvent, Long> {

	List<ClaimEvent> findByClaimIdOrderByOccurredAtAscIdAsc(Long claimId);
}
