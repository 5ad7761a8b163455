package com.warrantyportal.portal.api;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiClientRepository extends JpaRepository<ApiClient, Long> {

	Optional<ApiClient> findByTokenHash(String tokenHash);

	List<ApiClient> findAllByOrderByRevokedAtAscCreatedAtDesc();
}
