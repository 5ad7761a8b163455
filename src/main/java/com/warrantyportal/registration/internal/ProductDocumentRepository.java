package com.warrantyportal.registration.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.registration.ProductDocument;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductDocumentRepository extends JpaRepository<ProductDocument, Long> {

	List<ProductDocument> findByRegistrationIdOrderByCreatedAtAscIdAsc(Long registrationId);

	Optional<ProductDocument> findByIdAndRegistrationId(Long id, Long registrationId);
}
