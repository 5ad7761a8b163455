package com.warrantyportal.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.warrantyportal.infrastructure.StoredTimes.instant;
import static com.warrantyportal.infrastructure.StoredTimes.utc;
import com.warrantyportal.unit.internal.ExtendedPlanRepository;
import com.warrantyportal.unit.internal.SerialRegistryRepository;
import com.warrantyportal.unit.internal.StaffAlertRepository;
import com.warrantyportal.unit.internal.UnitRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units by serial number and the manufacturers' serial registries. */
@Service
@Transactional(readOnly = true)
public class UnitService {

	private final UnitRepository units;

	private final SerialRegistryRepository registry;

	private final StaffAlertRepository alerts;

	private final ExtendedPlanRepository plans;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate namedJdbc;

	UnitService(UnitRepository units, SerialRegistryRepository registry, StaffAlertRepository alerts,
			ExtendedPlanRepository plans, Clock clock, ApplicationEventPublisher events, JdbcTemplate jdbc,
			NamedParameterJdbcTemplate namedJdbc) {
		this.events = events;
		this.jdbc = jdbc;
		this.namedJdbc = namedJdbc;
		this.plans = plans;
		this.units = units;
		this.registry = registry;
		this.alerts = alerts;
		this.clock = clock;
	}

	public Optional<Unit> find(long id) {
		return units.findById(id);
	}

	public Optional<Unit> find(long manufacturerId, SerialNumber serial) {
		return units.findByManufacturerIdAndSerialKey(manufacturerId, serial.key());
	}

	/** Every unit with this serial, across manufacturers: what a second-hand buyer checks. */
	public List<Unit> findAnyManufacturer(SerialNumber serial) {
		return units.findBySerialKey(serial.key());
	}

	public Optional<SerialRegistryEntry> registryEntry(long manufacturerId, SerialNumber serial) {
		return registry.findByManufacturerIdAndSerialKey(manufacturerId, serial.key());
	}

	@Transactional
	public Unit create(long manufacturerId, long modelId, SerialNumber serial, SerialStatus status,
			LocalDate manufactureDate) {
		return units.saveAndFlush(new Unit(manufacturerId, modelId, serial, status, manufactureDate, clock.instant()));
	}

	/**
	 * The unit with this serial, created first when nobody has registered it yet, and locked until the caller's
	 * transaction ends, so registrations of one unit take their turn. The unit is inserted in the caller's
	 * transaction unless it is there already: when two owners register the same new serial at the same instant, the
	 * second insert waits for the first transaction and then finds its row instead of failing on the unique serial;
	 * and a registration that fails afterwards (a rejected receipt) takes the unit it created with it.
	 */
	@Transactional
	public Unit lockForRegistration(long manufacturerId, long modelId, SerialNumber serial, SerialStatus status,
			LocalDate manufactureDate) {
		jdbc.update("""
				INSERT INTO unit (manufacturer_id, model_id, serial_key, serial_display, serial_status, manufacture_date,
				                  created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, 0)
				ON DUPLICATE KEY UPDATE id = id""", manufacturerId, modelId, serial.key(), serial.display(),
				status.name(), manufactureDate, utc(clock.instant()));
		return units.lockBySerial(manufacturerId, serial.key()).orElseThrow();
	}

	@Transactional
	public SerialRegistryEntry addToRegistry(SerialRegistryEntry entry) {
		return registry.save(entry);
	}

	/** How many units a recompute changed: serial statuses, and manufacture dates filled in from the registry. */
	public record Recomputed(int statusesChanged, int datesFilled) {
	}

	/**
	 * Recomputes the serial status of every unit of the manufacturer against its registry, as
	 * {@link SerialStatus#fromRegistry} would for each ({@code OK}, {@code UNKNOWN}, {@code MODEL_MISMATCH}); a unit
	 * reported {@code STOLEN} keeps that status. Units without a manufacture date take the registry's, when the
	 * registry lists them under their own model. In bulk, a few statements for the whole manufacturer.
	 */
	@Transactional
	public Recomputed recomputeSerialStatuses(long manufacturerId, boolean keepsRegistry) {
		int changed;
		if (keepsRegistry) {
			changed = units.setStatusWhereNotInRegistry(manufacturerId,
					EnumSet.of(SerialStatus.OK, SerialStatus.MODEL_MISMATCH), SerialStatus.UNKNOWN)
					+ units.setStatusWhereRegistryModelMatches(manufacturerId,
							EnumSet.of(SerialStatus.UNKNOWN, SerialStatus.MODEL_MISMATCH), SerialStatus.OK)
					+ units.setStatusWhereRegistryModelDiffers(manufacturerId,
							EnumSet.of(SerialStatus.OK, SerialStatus.UNKNOWN), SerialStatus.MODEL_MISMATCH);
		}
		else {
			changed = units.setStatus(manufacturerId, EnumSet.of(SerialStatus.UNKNOWN, SerialStatus.MODEL_MISMATCH),
					SerialStatus.OK);
		}
		return new Recomputed(changed, units.fillManufactureDatesFromRegistry(manufacturerId));
	}

	@Transactional
	public Unit reportStolen(long unitId) {
		Unit unit = units.findById(unitId).orElseThrow();
		unit.reportStolen();
		events.publishEvent(new UnitFactsChanged(unitId, "REPORTED_STOLEN"));
		return unit;
	}

	/**
	 * Reports the unit stolen or lost, keeping the report in its history: who, since when, the police reference.
	 * @throws IllegalArgumentException when {@code missingSince} lies in the future
	 */
	@Transactional
	public Unit reportStolen(long unitId, LocalDate missingSince, String policeReference, String reportedBy) {
		if (missingSince.isAfter(LocalDate.now(clock))) {
			throw new IllegalArgumentException("A unit cannot go missing in the future");
		}
		Unit unit = reportStolen(unitId);
		jdbc.update("INSERT INTO theft_report (unit_id, reported_by, reported_at, missing_since, police_reference) "
				+ "VALUES (?, ?, ?, ?, ?)", unitId, reportedBy, utc(clock.instant()), missingSince,
				policeReference == null || policeReference.isBlank() ? null : policeReference.strip());
		return unit;
	}

	/** The unit's theft reports, newest first. */
	public List<TheftReport> theftReports(long unitId) {
		return jdbc.query("SELECT id, unit_id, reported_by, reported_at, missing_since, police_reference, recovered_by, "
				+ "recovered_at FROM theft_report WHERE unit_id = ? ORDER BY reported_at DESC, id DESC",
				(rs, n) -> new TheftReport(rs.getLong(1), rs.getLong(2), rs.getString(3),
						instant(rs.getObject(4, LocalDateTime.class)), rs.getObject(5, LocalDate.class), rs.getString(6),
						rs.getString(7), instant(rs.getObject(8, LocalDateTime.class))),
				unitId);
	}

	@Transactional
	public Unit settleStatus(long unitId, SerialStatus status) {
		Unit unit = units.findById(unitId).orElseThrow();
		unit.settleStatus(status);
		events.publishEvent(new UnitFactsChanged(unitId, "STATUS_SETTLED"));
		return unit;
	}

	/** Found again: the unit gets back the status its registry gives it. */
	@Transactional
	public Unit recovered(long unitId, SerialStatus statusWithoutTheft) {
		return recovered(unitId, statusWithoutTheft, null);
	}

	/** Found again: the open theft report ends with who found it and when; the unit gets its registry status back. */
	@Transactional
	public Unit recovered(long unitId, SerialStatus statusWithoutTheft, String recoveredBy) {
		Unit unit = units.findById(unitId).orElseThrow();
		unit.recovered(statusWithoutTheft);
		jdbc.update("UPDATE theft_report SET recovered_by = ?, recovered_at = ? WHERE unit_id = ? AND recovered_at IS NULL",
				recoveredBy == null ? "Warranty Portal" : recoveredBy, utc(clock.instant()), unitId);
		events.publishEvent(new UnitFactsChanged(unitId, "RECOVERED"));
		return unit;
	}

	@Transactional
	public StaffAlert alertStaff(String type, Long unitId, Long accountId, String message) {
		return alerts.save(new StaffAlert(clock.instant(), type, unitId, accountId, message));
	}

	public List<StaffAlert> openAlerts() {
		return alerts.findTop20ByResolvedAtIsNullOrderByOccurredAtDesc();
	}

	/**
	 * Adds an extended plan to the unit: at most {@link ExtendedPlan#MAX_PER_UNIT} plans, each of 1 to
	 * {@link ExtendedPlan#MAX_MONTHS} months and together no more than that, bought on a real date no later than today.
	 * @throws ExtendedPlanRefusedException when the plan breaks one of those bounds, naming the field
	 */
	@Transactional
	public ExtendedPlan addPlan(long unitId, String name, int months, LocalDate purchaseDate, String actor) {
		if (months < 1 || months > ExtendedPlan.MAX_MONTHS) {
			throw new ExtendedPlanRefusedException("planMonths", "staff.plan.months");
		}
		if (purchaseDate.isBefore(ExtendedPlan.EARLIEST_PURCHASE) || purchaseDate.isAfter(LocalDate.now(clock))) {
			throw new ExtendedPlanRefusedException("planPurchaseDate", "staff.plan.date");
		}
		List<ExtendedPlan> existing = plansFor(unitId);
		if (existing.size() >= ExtendedPlan.MAX_PER_UNIT) {
			throw new ExtendedPlanRefusedException("planName", "staff.plan.tooMany");
		}
		if (existing.stream().mapToInt(ExtendedPlan::getMonths).sum() + months > ExtendedPlan.MAX_MONTHS) {
			throw new ExtendedPlanRefusedException("planMonths", "staff.plan.tooLong");
		}
		ExtendedPlan plan = plans.save(new ExtendedPlan(unitId, name.strip(), months, purchaseDate, actor,
				clock.instant()));
		events.publishEvent(new UnitFactsChanged(unitId, "PLAN_ADDED"));
		return plan;
	}

	/** A replacement unit keeps the extended plans bought for the unit it replaces. */
	@Transactional
	public void copyPlans(long fromUnitId, long toUnitId, String actor) {
		for (ExtendedPlan plan : plansFor(fromUnitId)) {
			plans.save(new ExtendedPlan(toUnitId, plan.getName(), plan.getMonths(), plan.getPurchaseDate(), actor,
					clock.instant()));
		}
	}

	public List<ExtendedPlan> plansFor(long unitId) {
		return plans.findByUnitIdOrderByPurchaseDateAsc(unitId);
	}

	/** The months every extended plan of the unit adds. */
	public int extendedMonths(long unitId) {
		return plansFor(unitId).stream().mapToInt(ExtendedPlan::getMonths).sum();
	}

	public List<StaffAlert> alertsFor(long unitId) {
		return alerts.findByUnitIdOrderByOccurredAtDesc(unitId);
	}

	/** These units by id, read at once (ids of no unit are left out). */
	public Map<Long, Unit> findAll(Collection<Long> ids) {
		Map<Long, Unit> found = new HashMap<>();
		if (!ids.isEmpty()) {
			units.findAllById(Set.copyOf(ids)).forEach(unit -> found.put(unit.getId(), unit));
		}
		return found;
	}

	/**
	 * {@link #extendedMonths(long)} of many units at once: months by unit id, 0 for a unit without plans. A plain
	 * statement: Hibernate builds the SQL of a query with a list parameter anew on every call, which cost the
	 * owner's product list more than the statement itself.
	 */
	public Map<Long, Integer> extendedMonths(Collection<Long> unitIds) {
		Map<Long, Integer> months = new HashMap<>();
		unitIds.forEach(id -> months.put(id, 0));
		if (!unitIds.isEmpty()) {
			namedJdbc.query(
					"SELECT unit_id, SUM(months) FROM extended_plan WHERE unit_id IN (:units) GROUP BY unit_id",
					Map.of("units", Set.copyOf(unitIds)),
					rs -> {
						months.put(rs.getLong(1), rs.getInt(2));
					});
		}
		return months;
	}
}
