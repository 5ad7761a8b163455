package com.warrantyportal.notification.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnsubscribeTokenRepository extends JpaRepository<UnsubscribeToken, Long> {

	Optional<UnsubscribeToken> findByTokenHash(String tokenHash);
}
