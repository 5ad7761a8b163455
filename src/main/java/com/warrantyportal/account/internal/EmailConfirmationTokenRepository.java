package com.warrantyportal.account.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.account.EmailConfirmationToken;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EmailConfirmationTokenRepository extends JpaRepository<EmailConfirmationToken, Long> {

	Optional<EmailConfirmationToken> findByTokenHash(String tokenHash);

	@Query("select t from EmailConfirmationToken t where t.accountId = :accountId and t.usedAt is null")
	List<EmailConfirmationToken> findUnused(@Param("accountId") Long accountId);
}
