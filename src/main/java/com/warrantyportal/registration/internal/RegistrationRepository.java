package com.warrantyportal.registration.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.registration.Registration;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

	List<Registration> findByOwnerIdAndActiveUnitIdIsNotNullOrderByPurchaseDateDesc(Long ownerId);

	Optional<Registration> findByActiveUnitId(Long unitId);

	Optional<Registration> findByIdAndOwnerId(Long id, Long ownerId);

	long countByOwnerIdAndActiveUnitIdIsNotNull(Long ownerId);
}
