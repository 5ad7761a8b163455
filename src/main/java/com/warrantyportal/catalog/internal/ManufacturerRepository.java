package com.warrantyportal.catalog.internal;

import java.util.Optional;

import com.warrantyportal.catalog.Manufacturer;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ManufacturerRepository extends JpaRepository<Manufacturer, Long> {

	Optional<Manufacturer> findByName(String name);
}
