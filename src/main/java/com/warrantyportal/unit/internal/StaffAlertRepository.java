package com.warrantyportal.unit.internal;

import java.util.List;

import com.warrantyportal.unit.StaffAlert;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffAlertRepository extends JpaRepository<StaffAlert, Long> {

	List<StaffAlert> findTop20ByResolvedAtIsNullOrderByOccurredAtDesc();

	List<StaffAlert> findByUnitIdOrderByOccurredAtDesc(Long unitId);
}
