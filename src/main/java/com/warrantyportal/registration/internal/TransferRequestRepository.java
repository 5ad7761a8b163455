package com.warrantyportal.registration.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.registration.TransferRequest;
import com.warrantyportal.registration.TransferRequest.Status;
import com.warrantyportal.registration.TransferView;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TransferRequestRepository extends JpaRepository<TransferRequest, Long> {

	List<TransferRequest> findByFromRegistrationIdInAndStatus(List<Long> registrationIds, Status status);

	List<TransferRequest> findByRequesterIdOrderByCreatedAtDesc(Long requesterId);

	List<TransferRequest> findByStatusOrderByCreatedAtAsc(Status status);

	Optional<TransferRequest> findByUnitIdAndRequesterIdAndStatus(Long unitId, Long requesterId, Status status);

	/** Transfers in this status asked of the owner's active registrations, oldest first, as pages show them. */
	@Query("""
			select new com.warrantyportal.registration.TransferView(t.id, m.modelNumber, m.name, u.serialDisplay,
			  t.purchaseDate, t.retailer, t.status, t.createdAt)
			from TransferRequest t, Registration r, Unit u, ProductModel m
			where r.id = t.fromRegistrationId and u.id = t.unitId and m.id = u.modelId
			  and r.ownerId = :ownerId and r.activeUnitId is not null and t.status = :status
			order by t.createdAt, t.id""")
	List<TransferView> viewsAskedOf(@Param("ownerId") Long ownerId, @Param("status") Status status);

	/** Transfers the owner asked for, newest first, as pages show them. */
	@Query("""
			select new com.warrantyportal.registration.TransferView(t.id, m.modelNumber, m.name, u.serialDisplay,
			  t.purchaseDate, t.retailer, t.status, t.createdAt)
			from TransferRequest t, Unit u, ProductModel m
			where u.id = t.unitId and m.id = u.modelId and t.requesterId = :requesterId
			order by t.createdAt desc, t.id desc""")
	List<TransferView> viewsAskedBy(@Param("requesterId") Long requesterId);

	/** The oldest transfers in this status, as pages show them, by the (status, created) index. */
	@Query("""
			select new com.warrantyportal.registration.TransferView(t.id, m.modelNumber, m.name, u.serialDisplay,
			  t.purchaseDate, t.retailer, t.status, t.createdAt)
			from TransferRequest t, Unit u, ProductModel m
			where u.id = t.unitId and m.id = u.modelId and t.status = :status
			order by t.createdAt, t.id""")
	List<TransferView> viewsIn(@Param("status") Status status, Limit limit);

	long countByStatus(Status status);
}
