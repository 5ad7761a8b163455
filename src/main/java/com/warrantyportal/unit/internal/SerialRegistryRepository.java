package com.warrantyportal.unit.internal;

import java.util.Optional;

import com.warrantyportal.unit.SerialRegistryEntry;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SerialRegistryRepository extends JpaRepository<SerialRegistryEntry, Long> {

	Optional<SerialRegistryEntry> findByManufacturerIdAndSerialKey(Long manufacturerId, String serialKey);

	long countByManufacturerId(Long manufacturerId);
}
