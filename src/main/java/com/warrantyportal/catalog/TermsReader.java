package com.warrantyportal.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The terms in force for many models at once ({@link CatalogService#termsInForce(Collection)}, and the public serial
 * check directly): one plain statement (every version of the models with its lines, by the model index), without
 * entities or a transaction. Each model's versions are kept for {@code warranty.terms.fresh-for} (a minute) per
 * instance, as lists and checks show them; this instance forgets a model's as soon as a new version of its terms
 * commits here, another instance within that time. Verdicts never read them from here
 * ({@link CatalogService#termsInForce(long, LocalDate)} reads them afresh).
 */
@Component
public class TermsReader {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	/** By model: its versions' first days and terms (empty for a model without versions); null when none are kept. */
	private final Cache<Long, Map<LocalDate, WarrantyTerms>> kept;

	TermsReader(NamedParameterJdbcTemplate jdbc, Clock clock,
			@Value("${warranty.terms.fresh-for:1m}") Duration freshFor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.kept = freshFor.isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(freshFor).maximumSize(100_000).build();
	}

	private record Head(long modelId, LocalDate effectiveFrom, boolean transferable, int filingWindowDays,
			int noProofGraceDays, int registrationBonusMonths, int registrationWindowDays) {
	}

	public TermsInForce termsInForce(Collection<Long> modelIds) {
		Set<Long> models = Set.copyOf(modelIds);
		Map<Long, Map<LocalDate, WarrantyTerms>> versions = models.isEmpty() ? Map.of()
				: kept == null ? read(models) : kept.getAll(models, this::read);
		return TermsInForce.of(versions, LocalDate.now(clock));
	}

	/** A new version of a model's terms: forgotten here once it commits, so the next read has it. */
	@EventListener
	void on(TermsVersionAdded added) {
		if (kept == null) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					kept.invalidate(added.modelId());
				}
			});
		}
		else {
			kept.invalidate(added.modelId());
		}
	}

	private Map<Long, Map<LocalDate, WarrantyTerms>> read(Set<? extends Long> modelIds) {
		Map<Long, Head> heads = new LinkedHashMap<>();
		Map<Long, List<CoverageLine>> lines = new HashMap<>();
		jdbc.query("""
				SELECT tv.id, tv.model_id, tv.effective_from, tv.transferable, tv.filing_window_days,
				       tv.no_proof_grace_days, tv.registration_bonus_months, tv.registration_window_days,
				       l.component, l.parts_months, l.labour_months
				FROM warranty_terms tv
				LEFT JOIN coverage_line l ON l.terms_id = tv.id
				WHERE tv.model_id IN (:models)""", Map.of("models", modelIds), rs -> {
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
		Map<Long, Map<LocalDate, WarrantyTerms>> byModel = new HashMap<>();
		modelIds.forEach(model -> byModel.put(model, new HashMap<>()));
		heads.forEach((id, head) -> byModel.get(head.modelId())
			.put(head.effectiveFrom(), new WarrantyTerms(lines.get(id), head.transferable(), head.filingWindowDays(),
					head.noProofGraceDays(), head.registrationBonusMonths(), head.registrationWindowDays())));
		byModel.replaceAll((model, versions) -> Map.copyOf(versions));
		return byModel;
	}
}
