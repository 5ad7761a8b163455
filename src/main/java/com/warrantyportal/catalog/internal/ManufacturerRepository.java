package com.warrantyportal.catalog.internal;

import java.util.Optional;

import com.warrantyportal.catalog.Manufacturer;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ManufacturerRepository extends JpaRepository<Manufacturer, Long> {

	Optional<Manufacturer> findByName(String name);

	Optional<Manufacturer> findByNameIgnoreCase(String name);

	java.util.List<Manufacturer> findAllByOrderByNameAsc();
}
