package com.warrantyportal.unit.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.unit.Unit;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByManufacturerIdAndSerialKey(Long manufacturerId, String serialKey);

	List<Unit> findBySerialKey(String serialKey);
}
