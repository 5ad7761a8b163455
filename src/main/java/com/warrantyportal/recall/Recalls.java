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
import org.springframework.stereotype.Service;
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

	Recalls(RecallCampaignRepository campaigns, UnitService units, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.campaigns = campaigns;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/** The open campaigns covering the unit. */
	public List<RecallCampaign> openFor(long unitId) {
		Optional<Unit> unit = units.find(unitId);
		if (unit.isEmpty()) {
			return List.of();
		}
		return campaigns.findOpenForModel(unit.get().getModelId()).stream().filter(c -> c.covers(unit.get())).toList();
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
	@PreAuthorize("hasRole('ADMIN')")
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
		return campaign;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void close(long campaignId, long expectedVersion, String actor) {
		RecallCampaign campaign = campaigns.findById(campaignId).orElseThrow();
		if (campaign.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(RecallCampaign.class,
					campaignId);
		}
		campaign.close(LocalDate.now(clock));
		audit.record(actor, "RECALL_CLOSED", AUDIT_TARGET, campaignId, campaign.getTitle());
		events.publishEvent(new RecallChanged(campaignId, campaign.getModelIds()));
	}

	private static String key(String serial) {
		return serial == null || serial.isBlank() ? null : SerialNumber.normalise(serial);
	}

	/**
	 * {@link #openFor(long)} of many units at once, from one query: the open campaigns covering each unit, by unit id
	 * (a unit no campaign covers maps to an empty list).
	 */
	public Map<Long, List<RecallCampaign>> openForUnits(Collection<Unit> covered) {
		Map<Long, List<RecallCampaign>> found = new HashMap<>();
		covered.forEach(unit -> found.put(unit.getId(), List.of()));
		if (covered.isEmpty()) {
			return found;
		}
		List<RecallCampaign> open = campaigns
			.findOpenForModelsWithModels(covered.stream().map(Unit::getModelId).collect(Collectors.toSet()));
		if (!open.isEmpty()) {
			covered.forEach(unit -> found.put(unit.getId(), open.stream().filter(c -> c.covers(unit)).toList()));
		}
		return found;
	}
}
