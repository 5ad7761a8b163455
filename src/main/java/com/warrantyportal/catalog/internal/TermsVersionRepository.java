package com.warrantyportal.catalog.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.warrantyportal.catalog.TermsVersion;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TermsVersionRepository extends JpaRepository<TermsVersion, Long> {

	List<TermsVersion> findByModelIdOrderByEffectiveFromDesc(Long modelId);

	List<TermsVersion> findByModelIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(Long modelId,
			LocalDate date);

	/** Every terms version of these models with its coverage lines, in one query (no query per model). */
	@Query("select distinct t from TermsVersion t left join fetch t.lines where t.modelId in :modelIds")
	List<TermsVersion> findWithLinesByModelIdIn(@Param("modelIds") Collection<Long> modelIds);
}
