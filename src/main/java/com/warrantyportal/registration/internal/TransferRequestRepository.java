package com.warrantyportal.registration.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.registration.TransferRequest;
import com.warrantyportal.registration.TransferRequest.Status;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TransferRequestRepository extends JpaRepository<TransferRequest, Long> {

	List<TransferRequest> findByFromRegistrationIdInAndStatus(List<Long> registrationIds, Status status);

	List<TransferRequest> findByRequesterIdOrderByCreatedAtDesc(Long requesterId);

	List<TransferRequest> findByStatusOrderByCreatedAtAsc(Status status);

	Optional<TransferRequest> findByUnitIdAndRequesterIdAndStatus(Long unitId, Long requesterId, Status status);
}
