package com.warrantyportal.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The terms in force for many models at once ({@link CatalogService#termsInForce(Collection)}, and the public serial
 * check directly): one plain statement (every version of the models with its lines, by the model index), without
 * entities or a transaction.
 */
@Component
public class TermsReader {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	TermsReader(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record Head(long modelId, LocalDate effectiveFrom, boolean transferable, int filingWindowDays,
			int noProofGraceDays, int registrationBonusMonths, int registrationWindowDays) {
	}

	public TermsInForce termsInForce(Collection<Long> modelIds) {
		Map<Long, Head> heads = new LinkedHashMap<>();
		Map<Long, List<CoverageLine>> lines = new HashMap<>();
		if (!modelIds.isEmpty()) {
			jdbc.query("""
					SELECT tv.id, tv.model_id, tv.effective_from, tv.transferable, tv.filing_window_days,
					       tv.no_proof_grace_days, tv.registration_bonus_months, tv.registration_window_days,
					       l.component, l.parts_months, l.labour_months
					FROM warranty_terms tv
					LEFT JOIN coverage_line l ON l.terms_id = tv.id
					WHERE tv.model_id IN (:models)""", Map.of("models", Set.copyOf(modelIds)), rs -> {
				long id = rs.getLong(1);
				heads.computeIfAbsent(id, key -> {
					try {
						return new Head(rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getInt(5),
								rs.getInt(6), rs.getInt(7), rs.getInt(8));
					}
					catch (java.sql.SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
				List<CoverageLine> ofVersion = lines.computeIfAbsent(id, key -> new ArrayList<>());
				if (rs.getString(9) != null) {
					ofVersion.add(new CoverageLine(rs.getString(9), rs.getInt(10), rs.getInt(11)));
				}
			});
		}
		Map<Long, Map<LocalDate, WarrantyTerms>> byModel = new HashMap<>();
		heads.forEach((id, head) -> byModel.computeIfAbsent(head.modelId(), model -> new HashMap<>())
			.put(head.effectiveFrom(), new WarrantyTerms(lines.get(id), head.transferable(), head.filingWindowDays(),
					head.noProofGraceDays(), head.registrationBonusMonths(), head.registrationWindowDays())));
		return TermsInForce.of(byModel, LocalDate.now(clock));
	}
}
