package com.warrantyportal.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.warrantyportal.catalog.TermsInForce;
import com.warrantyportal.catalog.TermsReader;
import com.warrantyportal.eligibility.CoveragePeriod;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.recall.RecallCoverage;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialStatus;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the public serial check tells a second-hand buyer about every unit with the serial (of any manufacturer): the
 * model, what the manufacturer's registry says, the warranty left per coverage line in months (never the purchase
 * date itself), whether it passes to a new owner, open recalls and a theft report. It never says who owns a unit, nor
 * whether anyone does beyond what the warranty band implies. Plain statements, no entities and no transaction (it is the
 * busiest public page): one for the units and their facts; when a unit was found, one for the terms of their models
 * and one per unit for its open recalls.
 */
@Component
public class SerialFindings {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private final NamedParameterJdbcTemplate jdbc;

	private final TermsReader terms;

	private final RecallCoverage recalls;

	private final Clock clock;

	SerialFindings(NamedParameterJdbcTemplate jdbc, TermsReader terms, RecallCoverage recalls, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.terms = terms;
		this.recalls = recalls;
	}

	/** What the manufacturer's registry says about the serial. */
	public enum RegistryAnswer {
		NO_REGISTRY, LISTED, LISTED_AS_ANOTHER_MODEL, NOT_LISTED
	}

	/** One coverage line as a buyer reads it: "parts until March 2027, labour until March 2026", or expired. */
	public record Band(String covers, String partsUntil, String labourUntil, boolean partsActive,
			boolean labourActive) {

		public boolean expired() {
			return !partsActive && !labourActive;
		}
	}

	/** What a buyer learns about one unit with the serial they typed. */
	public record Finding(String manufacturer, String modelNumber, String modelName, boolean stolen,
			RegistryAnswer registry, String registryModelNumber, boolean dated, List<Band> bands,
			boolean transferable, List<String> openRecalls) {
	}

	private record Row(long unitId, long manufacturerId, String serialKey, long modelId, String manufacturer,
			String modelNumber, String modelName,
			String serialStatus, boolean keepsRegistry, Long registryModelId, String registryModelNumber,
			LocalDate manufactureDate, boolean registered, LocalDate purchaseDate, boolean receiptBasis,
			LocalDate registeredOn, int planMonths) {
	}

	/** The units with this serial, oldest first; the serial is compared by its key (case, spaces, dashes ignored). */
	public List<Finding> of(SerialNumber serial) {
		List<Row> rows = jdbc.query("""
				SELECT u.id AS unit_id, u.manufacturer_id, u.serial_key, u.model_id, f.name AS manufacturer,
				       m.model_number, m.name AS model_name,
				       u.serial_status, f.keeps_registry, e.model_id AS registry_model_id,
				       (SELECT x.model_number FROM product_model x WHERE x.id = e.model_id) AS registry_model_number,
				       u.manufacture_date, r.id AS registration_id, r.purchase_date,
				       (r.proof_verified OR r.proof_file_id IS NOT NULL) AS receipt_basis, r.registered_on,
				       (SELECT COALESCE(SUM(p.months), 0) FROM extended_plan p WHERE p.unit_id = u.id) AS plan_months
				FROM unit u
				JOIN product_model m ON m.id = u.model_id
				JOIN manufacturer f ON f.id = u.manufacturer_id
				LEFT JOIN serial_registry_entry e ON e.manufacturer_id = u.manufacturer_id AND e.serial_key = u.serial_key
				LEFT JOIN registration r ON r.active_unit_id = u.id
				WHERE u.serial_key = :serial
				ORDER BY u.id""", Map.of("serial", serial.key()),
				(rs, n) -> new Row(rs.getLong("unit_id"), rs.getLong("manufacturer_id"), rs.getString("serial_key"),
						rs.getLong("model_id"), rs.getString("manufacturer"),
						rs.getString("model_number"), rs.getString("model_name"), rs.getString("serial_status"),
						rs.getBoolean("keeps_registry"), (Long) rs.getObject("registry_model_id", Long.class),
						rs.getString("registry_model_number"), rs.getObject("manufacture_date", LocalDate.class),
						rs.getObject("registration_id") != null, rs.getObject("purchase_date", LocalDate.class),
						rs.getBoolean("receipt_basis"), rs.getObject("registered_on", LocalDate.class),
						rs.getInt("plan_months")));
		if (rows.isEmpty()) {
			return List.of();
		}
		TermsInForce inForce = terms.termsInForce(rows.stream().map(Row::modelId).toList());
		LocalDate today = LocalDate.now(clock);
		List<Finding> findings = new ArrayList<>();
		for (Row row : rows) {
			WarrantyTerms modelTerms = inForce.on(row.modelId(), row.purchaseDate() != null ? row.purchaseDate() : today);
			List<Band> bands = row.registered() ? bands(modelTerms, row, today) : List.of();
			findings.add(new Finding(row.manufacturer(), row.modelNumber(), row.modelName(),
					SerialStatus.STOLEN.name().equals(row.serialStatus()), registry(row), row.registryModelNumber(),
					!bands.isEmpty(), bands, modelTerms.transferable(), recalls.openTitlesFor(row.unitId(),
							row.manufacturerId(), row.modelId(), row.serialKey(), row.manufactureDate())));
		}
		return findings;
	}

	private static RegistryAnswer registry(Row row) {
		if (!row.keepsRegistry()) {
			return RegistryAnswer.NO_REGISTRY;
		}
		if (row.registryModelId() == null) {
			return RegistryAnswer.NOT_LISTED;
		}
		return row.registryModelId() == row.modelId() ? RegistryAnswer.LISTED : RegistryAnswer.LISTED_AS_ANOTHER_MODEL;
	}

	/** The catch-all line first, then each component's own; by month only, so no purchase date can be read off. */
	private static List<Band> bands(WarrantyTerms terms, Row row, LocalDate today) {
		List<CoveragePeriod> periods = CoveragePeriod.forEveryLine(terms, row.planMonths(), row.purchaseDate(),
				row.receiptBasis(), row.manufactureDate(), row.registeredOn());
		if (!periods.get(0).hasStart()) {
			return List.of();
		}
		return periods.stream()
			.map(period -> new Band(period.line().isCatchAll() ? "Everything" : period.line().component(),
					MONTH.format(period.partsEnd()), MONTH.format(period.labourEnd()),
					!period.partsEnd().isBefore(today), !period.labourEnd().isBefore(today)))
			.toList();
	}
}
