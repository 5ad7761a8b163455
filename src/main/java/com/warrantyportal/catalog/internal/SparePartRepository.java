package com.warrantyportal.catalog.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.catalog.SparePart;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SparePartRepository extends JpaRepository<SparePart, Long> {

	List<SparePart> findByModelIdOrderByPartNumberAsc(Long modelId);

	Optional<SparePart> findByModelIdAndPartNumberIgnoreCase(Long modelId, String partNumber);

	Optional<SparePart> findByIdAndModelId(Long id, Long modelId);

	long countByModelId(Long modelId);

	void deleteByModelId(Long modelId);
}
