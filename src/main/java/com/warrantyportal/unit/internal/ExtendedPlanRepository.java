package com.warrantyportal.unit.internal;

import java.util.Collection;
import java.util.List;

import com.warrantyportal.unit.ExtendedPlan;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExtendedPlanRepository extends JpaRepository<ExtendedPlan, Long> {

	List<ExtendedPlan> findByUnitIdOrderByPurchaseDateAsc(Long unitId);

	/** Each of these units that has plans, with the months they add: rows of unit id and sum. */
	@Query("select p.unitId, sum(p.months) from ExtendedPlan p where p.unitId in :unitIds group by p.unitId")
	List<Object[]> sumMonthsByUnitIdIn(@Param("unitIds") Collection<Long> unitIds);
}
