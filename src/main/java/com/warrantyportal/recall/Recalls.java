package com.warrantyportal.recall;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.recall.internal.RecallCampaignRepository;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Which open recalls cover a unit, and the administrators' campaign management. */
@Service
@Transactional(readOnly = true)
public class Recalls {

	public static final String AUDIT_TARGET = "RECALL";

	private final RecallCampaignRepository campaigns;

	private final UnitService units;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RecallCoverage coverage;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate namedJdbc;

	Recalls(RecallCampaignRepository campaigns, UnitService units, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, RecallCoverage coverage, NamedParameterJdbcTemplate namedJdbc) {
		this.coverage = coverage;
		this.namedJdbc = namedJdbc;
		this.jdbc = namedJdbc.getJdbcTemplate();
		this.events = events;
		this.campaigns = campaigns;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/** The open campaigns covering the unit whose remedy was not carried out on it yet. */
	public List<RecallCampaign> openFor(long unitId) {
		Optional<Unit> unit = units.find(unitId);
		if (unit.isEmpty()) {
			return List.of();
		}
		List<RecallCampaign> covering = campaigns.findOpenForModel(unit.get().getModelId())
			.stream()
			.filter(c -> c.covers(unit.get()))
			.toList();
		if (covering.isEmpty()) {
			return covering;
		}
		Set<Long> remedied = remediedCampaigns(List.of(unitId)).getOrDefault(unitId, Set.of());
		return covering.stream().filter(c -> !remedied.contains(c.getId())).toList();
	}

	/** The components (or {@code *}) of the open campaigns covering the unit: what the eligibility engine needs. */
	public Set<String> openComponentsFor(long unitId) {
		return openFor(unitId).stream().map(RecallCampaign::getComponent).collect(Collectors.toSet());
	}

	public List<RecallCampaign> all() {
		return campaigns.findAllByOrderByOpenedOnDescIdDesc();
	}

	/** A campaign as an administrator describes it. */
	public record NewCampaign(long manufacturerId, String title, String component, String remedy, Set<Long> modelIds,
			String serialFrom, String serialTo, LocalDate manufacturedFrom, LocalDate manufacturedTo) {
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'API_MANUFACTURER')")
	public RecallCampaign open(NewCampaign request, String actor) {
		return openAsSystem(request, actor);
	}

	/** Opens a campaign without a signed-in administrator: for demo data and imports, still audited. */
	@Transactional
	public RecallCampaign openAsSystem(NewCampaign request, String actor) {
		String component = request.component() == null || request.component().isBlank() ? "*"
				: request.component().strip().toLowerCase(java.util.Locale.ROOT);
		RecallCampaign campaign = campaigns.save(new RecallCampaign(request.manufacturerId(), request.title().strip(),
				component, request.remedy().strip(), request.modelIds(), key(request.serialFrom()),
				key(request.serialTo()), request.manufacturedFrom(), request.manufacturedTo(), LocalDate.now(clock),
				actor));
		audit.record(actor, "RECALL_OPENED", AUDIT_TARGET, campaign.getId(),
				campaign.getTitle() + " (" + component + ") for models " + request.modelIds());
		events.publishEvent(new RecallChanged(campaign.getId(), campaign.getModelIds()));
		// Every owner of a covered (or possibly covered) unit is told once, after this transaction commits and in
		// a transaction of its own (a campaign may reach thousands of owners); here they are only counted.
		campaign.ownersNotified(Math.toIntExact(coverage.count(RecallCoverage.Rules.of(campaign)).owners()));
		events.publishEvent(new RecallOpened(campaign.getId(), campaign.getTitle(), campaign.getComponent(),
				campaign.getRemedy()));
		return campaign;
	}

	/**
	 * The account ids of the owners to tell of an opened campaign, in order: those of its covered (or possibly
	 * covered) units with an active registration; none when there is no such campaign. One read of the units.
	 */
	@Transactional(readOnly = true)
	public List<Long> ownersToTell(long campaignId) {
		return campaigns.findById(campaignId)
			.map(campaign -> coverage.ownerIds(RecallCoverage.Rules.of(campaign)))
			.orElse(List.of());
	}

	/**
	 * The account id of the last owner told of the campaign (0 when none yet; -1 when there is no such campaign),
	 * with the campaign's row locked until the caller's transaction ends: two runs take turns, and each tells the
	 * owners after it and records them ({@link #ownersTold}) in that same transaction, so nobody is told twice.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long lockOwnersToldUpTo(long campaignId) {
		List<Long> toldUpTo = jdbc.query("SELECT COALESCE(owners_told_up_to, 0) FROM recall_campaign WHERE id = ? "
				+ "FOR UPDATE", (rs, n) -> rs.getLong(1), campaignId);
		return toldUpTo.isEmpty() ? -1 : toldUpTo.get(0);
	}

	/** These owners of the campaign's covered (or possibly covered) units, each once with their serials. */
	@Transactional(readOnly = true)
	public List<RecallCoverage.Owner> owners(long campaignId, Collection<Long> accountIds) {
		return campaigns.findById(campaignId)
			.map(campaign -> coverage.ownersAmong(RecallCoverage.Rules.of(campaign), accountIds))
			.orElse(List.of());
	}

	/** Records that the owners up to this account id were told of the campaign (see {@link #lockOwnersToldUpTo}). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void ownersTold(long campaignId, long upToAccountId) {
		jdbc.update("UPDATE recall_campaign SET owners_told_up_to = ? WHERE id = ?", upToAccountId, campaignId);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'API_MANUFACTURER')")
	public void close(long campaignId, long expectedVersion, String actor) {
		// A campaign that does not exist (an id typed by hand) is refused like one changed meanwhile, not a failure.
		RecallCampaign campaign = campaigns.findById(campaignId)
			.orElseThrow(() -> new org.springframework.orm.ObjectOptimisticLockingFailureException(RecallCampaign.class,
					campaignId));
		if (campaign.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(RecallCampaign.class,
					campaignId);
		}
		campaign.close(LocalDate.now(clock));
		audit.record(actor, "RECALL_CLOSED", AUDIT_TARGET, campaignId, campaign.getTitle());
		events.publishEvent(new RecallChanged(campaignId, campaign.getModelIds()));
	}

	/**
	 * Rewords an open campaign (title, remedy) as the actor saw it: a campaign changed since, or closed, is refused as a
	 * conflict. Audited.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'API_MANUFACTURER')")
	public RecallCampaign reword(long campaignId, long expectedVersion, String title, String remedy, String actor) {
		RecallCampaign campaign = campaigns.findById(campaignId)
			.filter(found -> found.getVersion() == expectedVersion && found.isOpen())
			.orElseThrow(() -> new org.springframework.orm.ObjectOptimisticLockingFailureException(RecallCampaign.class,
					campaignId));
		campaign.reword(title.strip(), remedy.strip());
		audit.record(actor, "RECALL_REWORDED", AUDIT_TARGET, campaignId, campaign.getTitle() + ": " + campaign.getRemedy());
		events.publishEvent(new RecallChanged(campaignId, campaign.getModelIds()));
		return campaign;
	}

	/** How far a campaign would reach before it is opened: units, possibly affected units, registered owners. */
	@PreAuthorize("hasRole('ADMIN')")
	public RecallCoverage.Counts preview(NewCampaign request) {
		return coverage.count(new RecallCoverage.Rules(request.manufacturerId(), request.modelIds(),
				key(request.serialFrom()), key(request.serialTo()), request.manufacturedFrom(),
				request.manufacturedTo()));
	}

	public Optional<RecallCampaign> find(long campaignId) {
		return campaigns.findById(campaignId);
	}

	/** A page of the campaign's covered units with their remedy status, for administrators. */
	@PreAuthorize("hasRole('ADMIN')")
	public List<RecallCoverage.CoveredUnit> coveredUnits(RecallCampaign campaign, RecallCoverage.RemedyFilter filter,
			long afterUnitId, int limit) {
		return coverage.units(campaign.getId(), RecallCoverage.Rules.of(campaign), filter, afterUnitId, limit);
	}

	/** How far an opened campaign reaches now. */
	public RecallCoverage.Counts reach(RecallCampaign campaign) {
		return coverage.count(RecallCoverage.Rules.of(campaign));
	}

	/** Staff carried out the campaign's remedy on the unit: the recall stops showing on it. Audited; once. */
	@Transactional
	@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
	public boolean markRemedied(long campaignId, Unit unit, String actor) {
		RecallCampaign campaign = campaigns.findById(campaignId).orElseThrow();
		if (!campaign.covers(unit) && !campaign.possiblyCovers(unit)) {
			return false;
		}
		int added = jdbc.update("INSERT INTO recall_remedy (campaign_id, unit_id, remedied_on, remedied_by) "
				+ "SELECT ?, ?, ?, ? FROM recall_campaign WHERE id = ? AND NOT EXISTS "
				+ "(SELECT 1 FROM recall_remedy WHERE campaign_id = ? AND unit_id = ?)", campaignId, unit.getId(),
				LocalDate.now(clock), actor, campaignId, campaignId, unit.getId());
		if (added > 0) {
			audit.record(actor, "RECALL_REMEDIED", AUDIT_TARGET, campaignId, "serial " + unit.getSerialDisplay());
			events.publishEvent(new RecallChanged(campaignId, campaign.getModelIds()));
		}
		return added > 0;
	}

	/** A remedy carried out on a unit. */
	public record Remedy(long campaignId, LocalDate remediedOn, String remediedBy) {
	}

	public List<Remedy> remediesOf(long unitId) {
		return jdbc.query("SELECT campaign_id, remedied_on, remedied_by FROM recall_remedy WHERE unit_id = ?",
				(rs, n) -> new Remedy(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)), unitId);
	}

	/** By unit: the campaigns whose remedy was carried out on it. */
	private Map<Long, Set<Long>> remediedCampaigns(Collection<Long> unitIds) {
		Map<Long, Set<Long>> remedied = new HashMap<>();
		if (unitIds.isEmpty()) {
			return remedied;
		}
		namedJdbc.query("SELECT unit_id, campaign_id FROM recall_remedy WHERE unit_id IN (:units)",
					Map.of("units", unitIds), rs -> {
						remedied.computeIfAbsent(rs.getLong(1), id -> new java.util.HashSet<>()).add(rs.getLong(2));
					});
		return remedied;
	}

	private static String key(String serial) {
		return serial == null || serial.isBlank() ? null : SerialNumber.normalise(serial);
	}

	/** The open recalls of each unit, and those that may cover it (its manufacture date unknown), by unit id. */
	public record UnitRecalls(Map<Long, List<RecallCampaign>> open, Map<Long, List<RecallCampaign>> possibly) {
	}

	/**
	 * {@link #openFor(long)} of many units at once, and the campaigns that may cover them (their manufacture date
	 * unknown), in two statements whatever the units: the open campaigns of their models, and the remedies carried
	 * out on them.
	 */
	public UnitRecalls recallsOfUnits(Collection<Unit> covered) {
		return recallsOf(covered.stream().map(UnitFacts::of).toList());
	}

	/**
	 * What a campaign looks at in a unit, for pages that read their units as plain rows rather than as entities.
	 *
	 * @param serialKey the serial number's key (see {@link SerialNumber#key()})
	 * @param manufactured the manufacture date; null when not known
	 */
	public record UnitFacts(long unitId, long manufacturerId, long modelId, String serialKey, LocalDate manufactured) {

		public static UnitFacts of(Unit unit) {
			return new UnitFacts(unit.getId(), unit.getManufacturerId(), unit.getModelId(), unit.getSerial().key(),
					unit.getManufactureDate());
		}
	}

	/** {@link #recallsOfUnits} of units read as plain facts. */
	public UnitRecalls recallsOf(Collection<UnitFacts> covered) {
		Map<Long, List<RecallCampaign>> open = new HashMap<>();
		Map<Long, List<RecallCampaign>> possibly = new HashMap<>();
		covered.forEach(unit -> {
			open.put(unit.unitId(), List.of());
			possibly.put(unit.unitId(), List.of());
		});
		if (covered.isEmpty()) {
			return new UnitRecalls(open, possibly);
		}
		// Which open campaigns concern these models, by a plain statement first: most owners' products have none,
		// and the campaigns are then read as entities only when there are some (Hibernate builds a query with a list
		// parameter anew on every call).
		List<Long> campaignIds = namedJdbc.queryForList("""
				SELECT DISTINCT cm.campaign_id FROM recall_campaign_model cm
				JOIN recall_campaign c ON c.id = cm.campaign_id
				WHERE cm.model_id IN (:models) AND c.closed_on IS NULL""",
				Map.of("models", covered.stream().map(UnitFacts::modelId).collect(Collectors.toSet())), Long.class);
		if (campaignIds.isEmpty()) {
			return new UnitRecalls(open, possibly);
		}
		List<RecallCampaign> campaignsOfModels = campaigns.findWithModelsByIdIn(campaignIds);
		Map<Long, Set<Long>> remedied = remediedCampaigns(covered.stream().map(UnitFacts::unitId).toList());
		for (UnitFacts unit : covered) {
			Set<Long> done = remedied.getOrDefault(unit.unitId(), Set.of());
			open.put(unit.unitId(), campaignsOfModels.stream()
				.filter(c -> c.covers(unit) && !done.contains(c.getId()))
				.toList());
			possibly.put(unit.unitId(), campaignsOfModels.stream()
				.filter(c -> c.possiblyCovers(unit) && !done.contains(c.getId()))
				.toList());
		}
		return new UnitRecalls(open, possibly);
	}
}
