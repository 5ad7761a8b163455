package com.warrantyportal.catalog.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.catalog.ModelDocument;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelDocumentRepository extends JpaRepository<ModelDocument, Long> {

	List<ModelDocument> findByModelIdOrderByKindAscTitleAsc(Long modelId);

	Optional<ModelDocument> findByIdAndModelId(Long id, Long modelId);

	void deleteByModelId(Long modelId);
}
