package com.warrantyportal.files.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.files.StoredFile;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

	Optional<StoredFile> findByIdAndOwnerId(Long id, Long ownerId);

	List<StoredFile> findByIdIn(Collection<Long> ids);
}
