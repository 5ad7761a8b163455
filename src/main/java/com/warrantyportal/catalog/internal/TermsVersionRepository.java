package com.warrantyportal.catalog.internal;

import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.catalog.TermsVersion;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TermsVersionRepository extends JpaRepository<TermsVersion, Long> {

	List<TermsVersion> findByModelIdOrderByEffectiveFromDesc(Long modelId);

	List<TermsVersion> findByModelIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(Long modelId,
			LocalDate date);
}
