package com.warrantyportal.unit.internal;

import java.util.List;

import com.warrantyportal.unit.ExtendedPlan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtendedPlanRepository extends JpaRepository<ExtendedPlan, Long> {

	List<ExtendedPlan> findByUnitIdOrderByPurchaseDateAsc(Long unitId);
}
