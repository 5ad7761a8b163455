package com.warrantyportal.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.warrantyportal.account.Account;
import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.catalog.TermsVersion;
import com.warrantyportal.claim.internal.ClaimEventRepository;
import com.warrantyportal.claim.internal.ClaimFileRepository;
import com.warrantyportal.claim.internal.ClaimRepository;
import com.warrantyportal.claim.internal.VerdictSnapshotRepository;
import com.warrantyportal.eligibility.ClaimFacts;
import com.warrantyportal.eligibility.EligibilityEngine;
import com.warrantyportal.eligibility.EligibilityVerdict;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.eligibility.SerialState;
import com.warrantyportal.files.StoredFile;
import com.warrantyportal.recall.RecallCampaign;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.unit.ExtendedPlan;
import com.warrantyportal.unit.SerialRegistryEntry;
import com.warrantyportal.unit.StaffAlert;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the staff claim page in one transaction and a statement per list, none per item: the claim with its
 * registration, unit, model, manufacturer, owner, assignee, receipt and registry entry in one joined statement (so
 * the services asked afterwards find the unit and registration in the persistence context), then the attachments,
 * the other claims on the serial, the terms in force, the extended plans, the open recalls, the snapshots, the
 * timeline, the audit trail and the alerts. The live verdict is computed from those same facts instead of reading
 * them again.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class StaffClaimPage {

	/** Everything the claim page shows staff. {@code verdict} is live while the claim is open. */
	public record ClaimFile(Claim claim, Account owner, Registration registration, Unit unit, ProductModel model,
			Manufacturer manufacturer, Optional<SerialRegistryEntry> registryEntry, String registryFacts, StoredFile proof,
			List<StoredFile> attachments, EligibilityVerdict verdict, Optional<TermsVersion> termsVersion,
			List<VerdictSnapshot> snapshots, List<ClaimEvent> timeline, List<AuditEntry> audit,
			List<Claim> otherClaimsOnSerial, List<StaffAlert> alerts, List<ExtendedPlan> plans,
			List<RecallCampaign> recalls, String assignee, BigDecimal supervisorThreshold, List<CostLine> costs) {
	}

	private final EligibilityEngine engine = new EligibilityEngine();

	private final ClaimFileRepository files;

	private final ClaimRepository claims;

	private final ClaimEventRepository events;

	private final VerdictSnapshotRepository snapshots;

	private final CatalogService catalog;

	private final UnitService units;

	private final Recalls recalls;

	private final AuditTrail audit;

	private final BigDecimal supervisorThreshold;

	StaffClaimPage(ClaimFileRepository files, ClaimRepository claims, ClaimEventRepository events,
			VerdictSnapshotRepository snapshots, CatalogService catalog, UnitService units, Recalls recalls,
			AuditTrail audit, @Value("${warranty.approval.supervisor-threshold:500}") BigDecimal supervisorThreshold) {
		this.files = files;
		this.claims = claims;
		this.events = events;
		this.snapshots = snapshots;
		this.catalog = catalog;
		this.units = units;
		this.recalls = recalls;
		this.audit = audit;
		this.supervisorThreshold = supervisorThreshold;
	}

	public Optional<ClaimFile> open(String number) {
		return files.findFile(number).stream().findFirst().map(this::file);
	}

	private ClaimFile file(Object[] row) {
		Claim claim = (Claim) row[0];
		Registration registration = (Registration) row[1];
		Unit unit = (Unit) row[2];
		ProductModel model = (ProductModel) row[3];
		Manufacturer maker = (Manufacturer) row[4];
		Account owner = (Account) row[5];
		Account assignee = (Account) row[6];
		StoredFile proof = (StoredFile) row[7];
		Optional<SerialRegistryEntry> entry = Optional.ofNullable((SerialRegistryEntry) row[8]);
		String listedModelNumber = (String) row[9];
		String registryFacts = !maker.isKeepsRegistry() ? "This manufacturer keeps no serial registry."
				: entry.map(e -> "Listed as " + (listedModelNumber == null ? "an unknown model" : listedModelNumber)
						+ ", made " + (e.getManufactureDate() == null ? "on an unknown date" : e.getManufactureDate())
						+ ".")
					.orElse("Not in the manufacturer's registry.");
		List<Claim> others = claims.findByUnitIdOrderByCreatedAtDesc(unit.getId())
			.stream()
			.filter(other -> !other.getId().equals(claim.getId()))
			.toList();
		Optional<TermsVersion> terms = catalog.termsVersionInForce(model.getId(), registration.getPurchaseDate());
		List<ExtendedPlan> plans = units.plansFor(unit.getId());
		List<RecallCampaign> openRecalls = recalls.openFor(unit.getId());
		return new ClaimFile(claim, owner, registration, unit, model, maker, entry, registryFacts, proof,
				files.findAttachedFiles(claim.getId()), verdict(claim, registration, unit, terms, plans, openRecalls),
				terms, snapshots.findByClaimIdOrderByTakenAtAscIdAsc(claim.getId()),
				events.findByClaimIdOrderByOccurredAtAscIdAsc(claim.getId()),
				audit.of(ClaimDecisions.AUDIT_TARGET, claim.getNumber()), others, units.alertsFor(unit.getId()), plans,
				openRecalls, assignee == null ? null : assignee.getDisplayName(), supervisorThreshold,
				List.copyOf(claim.getCostLines()));
	}

	/** The claim's live verdict, from the facts {@link ClaimEligibility#evaluate(Claim)} gathers, as read above. */
	private EligibilityVerdict verdict(Claim claim, Registration registration, Unit unit, Optional<TermsVersion> terms,
			List<ExtendedPlan> plans, List<RecallCampaign> openRecalls) {
		Set<String> recallComponents = openRecalls.stream().map(RecallCampaign::getComponent).collect(Collectors.toSet());
		return engine.evaluate(new ClaimFacts(terms.map(TermsVersion::toTerms).orElse(WarrantyTerms.DEFAULT),
				plans.stream().mapToInt(ExtendedPlan::getMonths).sum(), registration.getPurchaseDate(),
				registration.isProofVerified(), unit.getManufactureDate(), registration.getRegisteredOn(),
				registration.isOriginalPurchaser(), SerialState.valueOf(unit.getSerialStatus().name()), recallComponents, claim.getComponent(),
				claim.getCause(), claim.getFailureDate(), claim.getFiledOn()));
	}
}
