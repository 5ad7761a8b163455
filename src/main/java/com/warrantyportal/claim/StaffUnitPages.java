package com.warrantyportal.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.catalog.TermsVersion;
import com.warrantyportal.claim.internal.ClaimRepository;
import com.warrantyportal.eligibility.CoveragePeriod;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.recall.RecallCampaign;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.unit.ExtendedPlan;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialRegistryEntry;
import com.warrantyportal.unit.StaffAlert;
import com.warrantyportal.unit.TheftReport;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything staff know about one physical unit, by its serial number: model and manufacturer, the registry's facts,
 * its serial status and alerts, the chain of owners, the coverage of its current registration line by line, extended
 * plans, every claim, the recalls that cover it and the replacement links. A serial that several manufacturers use
 * names several units; the page then asks which one.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class StaffUnitPages {

	private final UnitService units;

	private final CatalogService catalog;

	private final Recalls recalls;

	private final ClaimRepository claims;

	private final NamedParameterJdbcTemplate jdbc;

	StaffUnitPages(UnitService units, CatalogService catalog, Recalls recalls, ClaimRepository claims,
			NamedParameterJdbcTemplate jdbc) {
		this.units = units;
		this.catalog = catalog;
		this.recalls = recalls;
		this.claims = claims;
		this.jdbc = jdbc;
	}

	/** A unit of the serial, for choosing between manufacturers. */
	public record Choice(String manufacturer, long manufacturerId, String modelNumber, String modelName) {
	}

	/** One owner in the unit's chain: how they came to have it, and until when. */
	public record Owner(String name, String email, LocalDate purchaseDate, String retailer, LocalDate registeredOn,
			LocalDate endedOn, boolean originalPurchaser, boolean proofVerified, boolean current, LocalDate acquiredOn,
			String acquiredFrom) {

		public String how() {
			return acquiredOn != null ? "Transfer (second-hand)" : originalPurchaser ? "Original purchase"
					: "Registered as a later owner";
		}
	}

	/** A claim that names this unit's serial as the replacement, or the replacement this unit's claim sent out. */
	public record Replacement(String claimNumber, String serial) {
	}

	public record UnitPage(Unit unit, ProductModel model, Manufacturer manufacturer,
			Optional<SerialRegistryEntry> registryEntry, List<StaffAlert> alerts, List<TheftReport> theftReports,
			List<Owner> owners,
			Optional<TermsVersion> terms, List<CoveragePeriod> coverage, List<ExtendedPlan> plans, List<Claim> claims,
			List<RecallCampaign> recalls, List<RecallCampaign> possibleRecalls, List<Recalls.Remedy> remedies,
			List<Replacement> replaces, List<Replacement> replacedBy) {

		public Optional<Owner> currentOwner() {
			return owners.stream().filter(Owner::current).findFirst();
		}
	}

	/** The page of the unit, or the units to choose from when the serial names several and none was chosen. */
	public sealed interface Lookup permits Found, Several, NotFound {
	}

	public record Found(UnitPage page) implements Lookup {
	}

	public record Several(String serial, List<Choice> choices) implements Lookup {
	}

	public record NotFound(String serial) implements Lookup {
	}

	public Lookup find(String serial, Long manufacturerId) {
		SerialNumber number = SerialNumber.of(serial);
		List<Unit> found = units.findAnyManufacturer(number)
			.stream()
			.filter(unit -> manufacturerId == null || unit.getManufacturerId().equals(manufacturerId))
			.toList();
		if (found.isEmpty()) {
			return new NotFound(serial);
		}
		if (found.size() > 1) {
			List<Choice> choices = new ArrayList<>();
			for (Unit unit : found) {
				ProductModel model = catalog.findModel(unit.getModelId()).orElseThrow();
				choices.add(new Choice(catalog.findManufacturer(unit.getManufacturerId()).orElseThrow().getName(),
						unit.getManufacturerId(), model.getModelNumber(), model.getName()));
			}
			choices.sort(Comparator.comparing(Choice::manufacturer));
			return new Several(found.get(0).getSerialDisplay(), choices);
		}
		return new Found(page(found.get(0)));
	}

	/**
	 * Staff record that the campaign's remedy was carried out on the unit; false when the campaign does not cover it
	 * (any more) or it was recorded already.
	 */
	@Transactional
	public boolean markRemedied(String serial, long manufacturerId, long campaignId, String actor) {
		Unit unit = units.find(manufacturerId, SerialNumber.of(serial)).orElseThrow(ClaimNotFoundException::new);
		return recalls.markRemedied(campaignId, unit, actor);
	}

	private UnitPage page(Unit unit) {
		ProductModel model = catalog.findModel(unit.getModelId()).orElseThrow();
		Manufacturer manufacturer = catalog.findManufacturer(unit.getManufacturerId()).orElseThrow();
		SerialNumber serial = unit.getSerial();
		List<Owner> owners = owners(unit.getId());
		List<ExtendedPlan> plans = units.plansFor(unit.getId());
		Optional<Owner> current = owners.stream().filter(Owner::current).findFirst();
		Optional<TermsVersion> terms = current
			.flatMap(owner -> catalog.termsVersionInForce(model.getId(), owner.purchaseDate()));
		List<CoveragePeriod> coverage = current
			.map(owner -> CoveragePeriod.forEveryLine(terms.map(TermsVersion::toTerms).orElse(WarrantyTerms.DEFAULT),
					plans.stream().mapToInt(ExtendedPlan::getMonths).sum(), owner.purchaseDate(), owner.proofVerified(),
					unit.getManufactureDate(), owner.registeredOn()))
			.orElse(List.of());
		List<Claim> onUnit = claims.findByUnitIdOrderByCreatedAtDesc(unit.getId());
		Recalls.UnitRecalls unitRecalls = recalls.recallsOfUnits(List.of(unit));
		List<Replacement> replacedBy = onUnit.stream()
			.filter(claim -> claim.getReplacementSerial() != null)
			.map(claim -> new Replacement(claim.getNumber(), claim.getReplacementSerial()))
			.toList();
		return new UnitPage(unit, model, manufacturer, units.registryEntry(manufacturer.getId(), serial),
				units.alertsFor(unit.getId()), units.theftReports(unit.getId()), owners, terms, coverage, plans, onUnit,
				unitRecalls.open().get(unit.getId()), unitRecalls.possibly().get(unit.getId()),
				recalls.remediesOf(unit.getId()),
				replaces(unit), replacedBy);
	}

	/** Every registration of the unit, the current one first, then back in time. */
	private List<Owner> owners(long unitId) {
		return jdbc.query("""
				SELECT a.display_name, a.email, r.purchase_date, r.retailer, r.registered_on, r.ended_at,
				       r.original_purchaser, r.proof_verified, r.active_unit_id, r.acquired_on, r.acquired_from
				FROM registration r
				JOIN account a ON a.id = r.owner_id
				WHERE r.unit_id = :unit
				ORDER BY r.active_unit_id IS NULL, r.id DESC""", Map.of("unit", unitId),
				(rs, n) -> new Owner(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getString(4), rs.getObject(5, LocalDate.class),
						rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime().toLocalDate(),
						rs.getBoolean(7), rs.getBoolean(8), rs.getObject(9) != null, rs.getObject(10, LocalDate.class),
						rs.getString(11)));
	}

	/** Claims whose approved replacement was this unit (the claim keeps the replacement's serial as displayed). */
	private List<Replacement> replaces(Unit unit) {
		return jdbc.query("""
				SELECT c.claim_number, u.serial_display
				FROM claim c
				JOIN unit u ON u.id = c.unit_id
				WHERE c.replacement_serial IN (:serials)
				ORDER BY c.id DESC""",
				Map.of("serials", List.of(unit.getSerialDisplay(), unit.getSerial().key())),
				(rs, n) -> new Replacement(rs.getString(1), rs.getString(2)));
	}

}
