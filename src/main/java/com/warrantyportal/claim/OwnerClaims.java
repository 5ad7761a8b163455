package com.warrantyportal.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.claim.ClaimService.Actor;
import com.warrantyportal.claim.ClaimService.NewClaim;
import com.warrantyportal.eligibility.DateWords;
import com.warrantyportal.eligibility.EligibilityVerdict;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;
import com.warrantyportal.registration.OwnerProductViews;
import com.warrantyportal.registration.ProductView;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The owner's side of claims: the eligibility preview, filing with photos, the claim page, answering requests for
 * information and withdrawing. Everything is scoped to the owner: another owner's claim is "not found".
 */
@Service
@Transactional(readOnly = true)
public class OwnerClaims {

	public static final int MAX_PHOTOS = 5;

	public static final String OTHER_COMPONENT = "other";

	private final ClaimService claims;

	private final ClaimEligibility eligibility;

	private final OwnerProductViews products;

	private final RegistrationService registrations;

	private final UnitService units;

	private final CatalogService catalog;

	private final FileStorage files;

	private final PendingClaimFiles pendingFiles;

	private final Clock clock;

	private final TransactionOperations filing;

	OwnerClaims(ClaimService claims, ClaimEligibility eligibility, OwnerProductViews products,
			RegistrationService registrations, UnitService units, CatalogService catalog, FileStorage files,
			PendingClaimFiles pendingFiles, Clock clock, PlatformTransactionManager transactions) {
		this.filing = new TransactionTemplate(transactions);
		this.claims = claims;
		this.eligibility = eligibility;
		this.products = products;
		this.registrations = registrations;
		this.units = units;
		this.catalog = catalog;
		this.files = files;
		this.pendingFiles = pendingFiles;
		this.clock = clock;
	}

	/**
	 * What the owner typed into the claim form: new {@code photos} to store with the claim, and the ids of files kept
	 * with the form ({@link PendingClaimFiles}) to attach to it.
	 */
	public record ClaimDraft(long registrationId, LocalDate failureDate, String component, OwnerCause cause,
			String description, List<MultipartFile> photos, String submissionToken, List<Long> keptFileIds) {

		public ClaimDraft {
			photos = photos == null ? List.of() : photos;
			keptFileIds = keptFileIds == null ? List.of() : List.copyOf(keptFileIds);
		}

		/** A draft with new photos only. */
		public ClaimDraft(long registrationId, LocalDate failureDate, String component, OwnerCause cause,
				String description, List<MultipartFile> photos, String submissionToken) {
			this(registrationId, failureDate, component, cause, description, photos, submissionToken, List.of());
		}
	}

	/** A claim as its owner sees it. */
	public record ClaimPage(Claim claim, String modelNumber, String modelName, String serial, Long registrationId,
			List<ClaimEvent> timeline, List<StoredFile> files, ClaimEvent openInformationRequest) {
	}

	/** A line of the owner's claim list. */
	public record ClaimLine(Claim claim, String modelNumber, String modelName, String serial) {
	}

	public Optional<ProductView> productForClaim(long ownerId, long registrationId) {
		return products.find(ownerId, registrationId);
	}

	/**
	 * The non-binding preview the owner sees before submitting: the verdict staff will see for the facts as they are
	 * now, and, while the receipt is not yet checked, what it becomes once it is. It never promises more than staff
	 * will be shown.
	 */
	public ClaimPreview preview(long ownerId, long registrationId, String component, OwnerCause cause,
			LocalDate failureDate) {
		Registration registration = own(ownerId, registrationId);
		LocalDate today = LocalDate.now(clock);
		EligibilityVerdict asNow = eligibility.evaluate(registration, component, cause.cause(), failureDate, today,
				false);
		boolean receiptWaiting = registration.getProofFileId() != null && !registration.isProofVerified();
		return new ClaimPreview(asNow, receiptWaiting
				? eligibility.evaluate(registration, component, cause.cause(), failureDate, today, true) : null);
	}

	/** Checks the draft against the product; empty when it may be filed. */
	public List<ClaimProblem> check(long ownerId, ClaimDraft draft) {
		List<ClaimProblem> problems = new ArrayList<>();
		// Only the purchase and the model's components matter here, not the whole product view with its coverage.
		Registration registration = own(ownerId, draft.registrationId());
		Unit unit = units.find(registration.getUnitId()).orElseThrow();
		ProductModel model = catalog.findModel(unit.getModelId()).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		if (draft.failureDate() != null) {
			if (draft.failureDate().isAfter(today)) {
				problems.add(new ClaimProblem("failureDate", "claim.failureDate.future"));
			}
			else if (draft.failureDate().isBefore(registration.getPurchaseDate())) {
				problems.add(new ClaimProblem("failureDate", "claim.failureDate.beforePurchase",
						DateWords.of(registration.getPurchaseDate())));
			}
		}
		if (draft.component() != null && !draft.component().isBlank()
				&& !OTHER_COMPONENT.equals(draft.component()) && !model.getComponents().contains(draft.component())) {
			problems.add(new ClaimProblem("component", "claim.component.unknown"));
		}
		long photos = draft.photos().stream().filter(FileStorage::isPresent).count() + draft.keptFileIds().size();
		if (photos > MAX_PHOTOS) {
			problems.add(new ClaimProblem("photos", "claim.photos.tooMany", MAX_PHOTOS));
		}
		return problems;
	}

	/**
	 * Files the claim. A draft whose one-time token already made a claim returns that claim instead of making another.
	 * The claim number is taken before the filing transaction opens (see {@link ClaimService#nextNumber()}); the
	 * photos, the claim and its first step are then written in one transaction, which also takes the files kept with
	 * the form off its list, so a form sent twice attaches them once.
	 * @throws com.warrantyportal.files.FileRejectedException when a photo is not an accepted file
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Claim file(long ownerId, String ownerLabel, ClaimDraft draft) {
		String number = claims.nextNumber();
		try {
			return filing.execute(status -> {
				Optional<Claim> already = findBySubmissionToken(ownerId, draft.submissionToken());
				if (already.isPresent()) {
					return already.get();
				}
				Registration registration = own(ownerId, draft.registrationId());
				List<Long> fileIds = new ArrayList<>(
						pendingFiles.take(ownerId, draft.submissionToken(), draft.keptFileIds()));
				fileIds.addAll(storeAll(ownerId, draft.photos()));
				return claims.file(number, new NewClaim(registration.getId(), registration.getUnitId(), ownerId,
						ownerLabel, draft.failureDate(), draft.component(), draft.cause().cause(),
						draft.description().strip(), draft.submissionToken(), fileIds));
			});
		}
		catch (DataIntegrityViolationException sameFormTwice) {
			// The same form sent twice at the same instant (a double tap): the other submission made the claim, and
			// the database's unique token stopped this one. Both answer with that claim.
			return findBySubmissionToken(ownerId, draft.submissionToken()).orElseThrow(() -> sameFormTwice);
		}
	}

	public Optional<Claim> findBySubmissionToken(long ownerId, String token) {
		return claims.findBySubmissionToken(token).filter(claim -> claim.getOwnerId() == ownerId);
	}

	/** The owner's claims, newest first, from three queries however many there are: claims, units, models. */
	public List<ClaimLine> list(long ownerId) {
		List<Claim> owned = claims.forOwner(ownerId);
		Map<Long, Unit> unitsById = units.findAll(owned.stream().map(Claim::getUnitId).collect(Collectors.toSet()));
		Map<Long, ProductModel> models = catalog
			.findModels(unitsById.values().stream().map(Unit::getModelId).collect(Collectors.toSet()));
		return owned.stream().map(claim -> {
			Unit unit = unitsById.get(claim.getUnitId());
			ProductModel model = models.get(unit.getModelId());
			return new ClaimLine(claim, model.getModelNumber(), model.getName(), unit.getSerialDisplay());
		}).toList();
	}

	public Optional<ClaimPage> page(long ownerId, String number) {
		return claims.findForOwner(number, ownerId).map(claim -> {
			Unit unit = units.find(claim.getUnitId()).orElseThrow();
			ProductModel model = catalog.findModel(unit.getModelId()).orElseThrow();
			List<ClaimEvent> timeline = claims.timeline(claim.getId());
			ClaimEvent request = claim.getStatus() == ClaimStatus.INFO_REQUESTED ? timeline.stream()
				.filter(event -> event.getToStatus() == ClaimStatus.INFO_REQUESTED)
				.reduce((first, second) -> second)
				.orElse(null) : null;
			List<StoredFile> attached = files
				.findAll(claims.attachments(claim.getId()).stream().map(ClaimAttachment::getFileId).toList());
			Long activeRegistration = registrations.find(claim.getRegistrationId())
				.filter(Registration::isActive)
				.filter(r -> r.getOwnerId() == ownerId)
				.map(Registration::getId)
				.orElse(null);
			return new ClaimPage(claim, model.getModelNumber(), model.getName(), unit.getSerialDisplay(),
					activeRegistration, timeline, attached, request);
		});
	}

	@Transactional
	public Claim answer(long ownerId, String ownerLabel, String number, long expectedVersion, String text,
			List<MultipartFile> uploads) {
		List<Long> fileIds = storeAll(ownerId, uploads);
		return claims.answerInformationRequest(number, ownerId, expectedVersion, new Actor(ownerId, ownerLabel),
				text.strip(), fileIds);
	}

	/** @throws com.warrantyportal.files.FileRejectedException when a file is not an accepted one */
	@Transactional
	public Claim addFiles(long ownerId, String ownerLabel, String number, long expectedVersion, String note,
			List<MultipartFile> uploads) {
		List<Long> fileIds = storeAll(ownerId, uploads);
		return claims.addOwnerFiles(number, ownerId, expectedVersion, new Actor(ownerId, ownerLabel),
				note == null || note.isBlank() ? null : note.strip(), fileIds);
	}

	@Transactional
	public Claim withdraw(long ownerId, String ownerLabel, String number, long expectedVersion) {
		return claims.withdraw(number, ownerId, expectedVersion, new Actor(ownerId, ownerLabel));
	}

	private List<Long> storeAll(long ownerId, List<MultipartFile> uploads) {
		if (uploads == null) {
			return List.of();
		}
		return uploads.stream().filter(FileStorage::isPresent).map(upload -> files.store(ownerId, upload).getId())
			.toList();
	}

	private Registration own(long ownerId, long registrationId) {
		return registrations.findForOwner(registrationId, ownerId)
			.filter(Registration::isActive)
			.orElseThrow(ClaimNotFoundException::new);
	}
}
