package com.warrantyportal.registration.internal;

import java.util.Optional;

import com.warrantyportal.registration.RetailSale;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface RetailSaleRepository extends JpaRepository<RetailSale, Long> {

	Optional<RetailSale> findByIdAndApiClientId(long id, long apiClientId);

	Optional<RetailSale> findByInvitationHash(String invitationHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<RetailSale> findLockedByInvitationHash(String invitationHash);
}
