package com.warrantyportal.registration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.account.AccountService;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.catalog.SerialFormatCatalog;
import com.warrantyportal.catalog.SerialFormats;
import com.warrantyportal.eligibility.DateWords;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.registration.RegistrationOutcome.Refused;
import com.warrantyportal.registration.RegistrationOutcome.Registered;
import com.warrantyportal.registration.RegistrationOutcome.TransferRequested;
import com.warrantyportal.registration.internal.RegistrationRepository;
import com.warrantyportal.registration.internal.TransferRequestRepository;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialRegistryEntry;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.StaffAlert;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The owner's side of registrations: register a product by serial number (or ask for its transfer when someone else
 * owns it), correct its purchase, remove it, report it stolen or recovered. Every method takes the owner's id and
 * touches only that owner's registrations. The products as the owner sees them are {@link OwnerProductViews}; the
 * answers to transfer requests {@link OwnerTransfers}.
 */
@Service
@Transactional(readOnly = true)
public class OwnerProducts {

	private final RegistrationRepository registrations;

	private final TransferRequestRepository transfers;

	private final CatalogService catalog;

	private final SerialFormatCatalog serialFormats;

	private final UnitService units;

	private final FileStorage files;

	private final ApplicationEventPublisher events;

	private final AccountService accounts;

	private final Clock clock;

	OwnerProducts(RegistrationRepository registrations, TransferRequestRepository transfers, CatalogService catalog,
			SerialFormatCatalog serialFormats, UnitService units, FileStorage files, AccountService accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.serialFormats = serialFormats;
		this.events = events;
		this.registrations = registrations;
		this.transfers = transfers;
		this.catalog = catalog;
		this.units = units;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * Registers a product, following docs/domain.md: the serial is normalised and checked against the manufacturer's format,
	 * its registry and existing registrations; the purchase date against today, the model's release and the unit's
	 * manufacture. A unit already registered to someone else becomes a transfer request.
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public RegistrationOutcome register(RegisterProduct command) {
		LocalDate today = LocalDate.now(clock);
		Optional<ProductModel> found = catalog.findModel(command.modelId());
		if (found.isEmpty()) {
			return new Refused(new RegistrationProblem("modelId", "product.model.unknown"));
		}
		ProductModel model = found.get();
		if (model.isRetired()) {
			return new Refused(new RegistrationProblem("modelId", "product.model.retired", model.getModelNumber()));
		}
		Manufacturer maker = catalog.findManufacturer(model.getManufacturerId()).orElseThrow();
		SerialNumber serial = SerialNumber.of(command.serial());

		SerialFormats formats = serialFormats.serialFormatsFor(model.getId());
		if (!formats.accepts(serial.key())) {
			return new Refused(formats.example()
				.map(example -> new RegistrationProblem("serial", "product.serial.format", maker.getName(), example))
				.orElseGet(() -> new RegistrationProblem("serial", "product.serial.formatNoExample", maker.getName())));
		}
		Optional<SerialRegistryEntry> entry = maker.isKeepsRegistry()
				? units.registryEntry(maker.getId(), serial) : Optional.empty();
		if (entry.isPresent() && !entry.get().getModelId().equals(model.getId())) {
			return otherModel(entry.get().getModelId());
		}
		Optional<Unit> existing = units.find(maker.getId(), serial);
		if (existing.isPresent() && !existing.get().getModelId().equals(model.getId())) {
			return otherModel(existing.get().getModelId());
		}
		if (existing.isPresent() && existing.get().getSerialStatus() == SerialStatus.STOLEN) {
			units.alertStaff(StaffAlert.STOLEN_UNIT_REGISTRATION, existing.get().getId(), command.ownerId(),
					"Someone tried to register " + maker.getName() + " " + model.getModelNumber() + " serial "
							+ serial.display() + ", which is reported stolen.");
			return new Refused(new RegistrationProblem("serial", "product.serial.stolen"));
		}
		LocalDate manufactured = existing.map(Unit::getManufactureDate)
			.or(() -> entry.map(SerialRegistryEntry::getManufactureDate))
			.or(() -> formats.manufactureDate(serial.key()))
			.orElse(null);

		List<RegistrationProblem> problems = new ArrayList<>();
		LocalDate purchased = command.purchaseDate();
		purchaseDateProblem(purchased, model, manufactured).ifPresent(problems::add);

		Optional<Registration> active = existing.flatMap(unit -> registrations.findByActiveUnitId(unit.getId()));
		if (active.isPresent() && active.get().getOwnerId().equals(command.ownerId())) {
			problems.add(0, new RegistrationProblem("serial", "product.serial.alreadyYours"));
		}
		if (active.isPresent() && transfers
			.findByUnitIdAndRequesterIdAndStatus(active.get().getUnitId(), command.ownerId(),
					TransferRequest.Status.PENDING)
			.isPresent()) {
			problems.add(0, new RegistrationProblem("serial", "product.serial.transferPending"));
		}
		if (problems.isEmpty() && active.isPresent() && !accounts.isEmailConfirmed(command.ownerId())) {
			// Taking over someone's product needs an owner who has shown the address is theirs.
			problems.add(new RegistrationProblem("serial", "product.serial.confirmEmailFirst"));
		}
		if (!problems.isEmpty()) {
			return new Refused(problems);
		}

		// From here on this registration has the unit to itself: another owner registering the same serial at the
		// same instant waits, then finds this registration and asks for a transfer instead. Reads see what committed
		// before the lock (read committed), so the checks above are made again on current data. A receipt that is
		// refused below ends the transaction, and with it a unit this registration created.
		Unit unit = units.lockForRegistration(maker.getId(), model.getId(), serial,
				SerialStatus.fromRegistry(maker.isKeepsRegistry(), entry, model.getId()), manufactured);
		active = registrations.findByActiveUnitId(unit.getId());
		if (active.isPresent() && active.get().getOwnerId().equals(command.ownerId())) {
			return new Refused(new RegistrationProblem("serial", "product.serial.alreadyYours"));
		}
		if (active.isPresent() && transfers
			.findByUnitIdAndRequesterIdAndStatus(unit.getId(), command.ownerId(), TransferRequest.Status.PENDING)
			.isPresent()) {
			return new Refused(new RegistrationProblem("serial", "product.serial.transferPending"));
		}

		Long proofId = FileStorage.isPresent(command.proof())
				? files.store(command.ownerId(), command.proof()).getId() : null;
		if (active.isPresent()) {
			TransferRequest request = transfers.saveAndFlush(new TransferRequest(active.get().getUnitId(),
					active.get().getId(), command.ownerId(), purchased, command.retailer().strip(), command.price(),
					proofId, clock.instant()));
			events.publishEvent(new TransferAsked(request.getId(), active.get().getOwnerId(),
					model.getModelNumber() + " " + model.getName(), serial.display()));
			return new TransferRequested(request);
		}
		Registration registration = new Registration(unit.getId(), command.ownerId(), purchased,
				command.retailer().strip(), command.price(), true, today, clock.instant());
		if (proofId != null) {
			registration.attachProof(proofId);
		}
		Registration saved = registrations.saveAndFlush(registration);
		events.publishEvent(new ProductRegistered(saved.getId(), saved.getUnitId(), saved.getOwnerId()));
		return new Registered(saved);
	}

	/** A purchase date cannot be in the future, before the model went on sale, or before the unit was made. */
	private Optional<RegistrationProblem> purchaseDateProblem(LocalDate purchased, ProductModel model,
			LocalDate manufactured) {
		if (purchased.isAfter(LocalDate.now(clock))) {
			return Optional.of(new RegistrationProblem("purchaseDate", "product.purchaseDate.future"));
		}
		if (model.getReleaseDate() != null && purchased.isBefore(model.getReleaseDate())) {
			return Optional.of(new RegistrationProblem("purchaseDate", "product.purchaseDate.beforeRelease",
					DateWords.of(model.getReleaseDate())));
		}
		if (manufactured != null && purchased.isBefore(manufactured)) {
			return Optional.of(new RegistrationProblem("purchaseDate", "product.purchaseDate.beforeManufacture",
					DateWords.of(manufactured)));
		}
		return Optional.empty();
	}

	private Refused otherModel(long modelId) {
		ProductModel other = catalog.findModel(modelId).orElseThrow();
		return new Refused(new RegistrationProblem("serial", "product.serial.otherModel", other.getModelNumber(),
				other.getName()));
	}

	/**
	 * Saves corrected purchase details, unless someone changed the product since the owner loaded it.
	 * @throws ObjectOptimisticLockingFailureException when {@code expectedVersion} is no longer current
	 */
	@Transactional
	public List<RegistrationProblem> correct(long ownerId, long registrationId, long expectedVersion,
			LocalDate purchaseDate, String retailer, BigDecimal price, MultipartFile proof) {
		Registration registration = ownActive(ownerId, registrationId);
		if (registration.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Registration.class, registrationId);
		}
		Unit unit = units.find(registration.getUnitId()).orElseThrow();
		ProductModel model = catalog.findModel(unit.getModelId()).orElseThrow();
		Optional<RegistrationProblem> problem = purchaseDateProblem(purchaseDate, model, unit.getManufactureDate());
		if (problem.isPresent()) {
			return List.of(problem.get());
		}
		registration.correctPurchase(purchaseDate, retailer.strip(), price);
		if (FileStorage.isPresent(proof)) {
			registration.attachProof(files.store(ownerId, proof).getId());
		}
		registrations.flush();
		events.publishEvent(new PurchaseFactsChanged(registration.getUnitId(), registrationId, "PURCHASE_CORRECTED"));
		return List.of();
	}

	/** Takes the product off the owner's list; its claims stay. */
	@Transactional
	public void remove(long ownerId, long registrationId) {
		ownActive(ownerId, registrationId).end(clock.instant());
	}

	@Transactional
	public void reportStolen(long ownerId, long registrationId) {
		reportStolen(ownerId, registrationId, LocalDate.now(clock), null, "owner #" + ownerId);
	}

	/**
	 * The owner reports the product stolen or lost, since a date and with the police reference if they have one: the
	 * report is kept in the unit's history, staff are alerted, and pending transfers of it wait until it is found.
	 */
	@Transactional
	public void reportStolen(long ownerId, long registrationId, LocalDate missingSince, String policeReference,
			String ownerLabel) {
		Registration registration = ownActive(ownerId, registrationId);
		Unit unit = units.reportStolen(registration.getUnitId(), missingSince, policeReference, ownerLabel);
		units.alertStaff(StaffAlert.UNIT_REPORTED_STOLEN, unit.getId(), ownerId,
				"The owner reported serial " + unit.getSerialDisplay() + " stolen or lost since " + missingSince
						+ (policeReference == null || policeReference.isBlank() ? "."
								: " (police reference " + policeReference.strip() + ")."));
	}

	@Transactional
	public void recovered(long ownerId, long registrationId) {
		Registration registration = ownActive(ownerId, registrationId);
		Unit unit = units.find(registration.getUnitId()).orElseThrow();
		Manufacturer maker = catalog.findManufacturer(unit.getManufacturerId()).orElseThrow();
		Optional<SerialRegistryEntry> entry = maker.isKeepsRegistry()
				? units.registryEntry(maker.getId(), unit.getSerial()) : Optional.empty();
		units.recovered(unit.getId(), SerialStatus.fromRegistry(maker.isKeepsRegistry(), entry, unit.getModelId()),
				"owner #" + ownerId);
		units.alertStaff(StaffAlert.UNIT_RECOVERED, unit.getId(), ownerId,
				"The owner marked serial " + unit.getSerialDisplay() + " as recovered.");
	}

	private Registration ownActive(long ownerId, long registrationId) {
		return registrations.findByIdAndOwnerId(registrationId, ownerId)
			.filter(Registration::isActive)
			.orElseThrow(ProductNotFoundException::new);
	}
}
