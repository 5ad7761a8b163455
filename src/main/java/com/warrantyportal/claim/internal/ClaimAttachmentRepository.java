package com.warrantyportal.claim.internal;

import java.util.List;

import com.warrantyportal.claim.ClaimAttachment;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimAttachmentRepository extends JpaRepository<ClaimAttachment, Long> {

	List<ClaimAttachment> findByClaimIdOrderByIdAsc(Long claimId);
}
