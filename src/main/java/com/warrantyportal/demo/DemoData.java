package com.warrantyportal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ModelDocument;
import com.warrantyportal.catalog.SparePart;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.claim.Claim;
import com.warrantyportal.claim.ClaimService;
import com.warrantyportal.claim.ClaimService.Actor;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.CostKind;
import com.warrantyportal.claim.CostLine;
import com.warrantyportal.claim.Resolution;
import com.warrantyportal.claim.StaffActor;
import com.warrantyportal.claim.ClaimDecisions;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationService;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialRegistryEntry;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Fills an empty portal with a believable catalogue, one account per role, units and claims in several states. */
@Component
public class DemoData {

	public static final String PASSWORD = "demo-password-1";

	public static final String OWNER = "owner@example.com";

	public static final String AGENT = "agent@example.com";

	public static final String SUPERVISOR = "supervisor@example.com";

	public static final String ADMIN = "admin@example.com";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountService accounts;

	private final CatalogService catalog;

	private final UnitService units;

	private final RegistrationService registrations;

	private final ClaimService claims;

	private final FileStorage files;

	private final Recalls recalls;

	private final ClaimDecisions staffClaims;

	private final OwnerProducts products;

	private final Clock clock;

	/** The portal's currency: the demo's costs are in it. */
	private final String currency;

	DemoData(AccountService accounts, CatalogService catalog, UnitService units, RegistrationService registrations,
			ClaimService claims, FileStorage files, Recalls recalls, ClaimDecisions staffClaims, OwnerProducts products,
			Clock clock, @org.springframework.beans.factory.annotation.Value("${warranty.currency:GBP}") String currency) {
		this.currency = currency.strip().toUpperCase(java.util.Locale.ROOT);
		this.staffClaims = staffClaims;
		this.products = products;
		this.files = files;
		this.recalls = recalls;
		this.accounts = accounts;
		this.catalog = catalog;
		this.units = units;
		this.registrations = registrations;
		this.claims = claims;
		this.clock = clock;
	}

	/** Loads the demo data unless the demo administrator already exists. Returns whether it loaded anything. */
	@Transactional
	public boolean loadIfEmpty() {
		if (accounts.exists(ADMIN)) {
			return false;
		}
		LocalDate today = LocalDate.now(clock);
		Account owner = accounts.create(OWNER, PASSWORD, "Olivia Owner", Role.OWNER);
		Account neighbour = accounts.create("sam@example.com", PASSWORD, "Sam Neighbour", Role.OWNER);
		Account agent = accounts.create(AGENT, PASSWORD, "Alex Agent", Role.AGENT);
		accounts.create(SUPERVISOR, PASSWORD, "Sasha Supervisor", Role.SUPERVISOR);
		Account admin = accounts.create(ADMIN, PASSWORD, "Ada Admin", Role.ADMIN);

		Manufacturer nordfrost = catalog.addManufacturer(new Manufacturer("Nordfrost",
				"(?<year>\\d{2})(?<week>\\d{2})[A-Z]{2}\\d{5}", "2411NF00042", true));
		Manufacturer brightline = catalog.addManufacturer(
				new Manufacturer("Brightline Electronics", "BL\\d{8}", "BL24000777", false));

		LocalDate termsFrom = LocalDate.of(2020, 1, 1);
		ProductModel fridge = catalog.addModel(new ProductModel(nordfrost.getId(), "NF-FR500",
				"FrostLine 500 fridge freezer", "Cooling", LocalDate.of(2022, 3, 1),
				"Open the fridge door: the label is on the left wall, behind the salad drawer.",
				List.of("compressor", "door", "thermostat", "ice maker")), termsFrom,
				terms(true, 0, line("*", 24, 24), line("compressor", 120, 12)), ADMIN);
		ProductModel washer = catalog.addModel(new ProductModel(nordfrost.getId(), "NF-WM700",
				"AquaSpin 700 washing machine", "Laundry", LocalDate.of(2023, 2, 1),
				"Open the door: the label is on the rim around the door opening.",
				List.of("motor", "drum", "pump", "control board")), termsFrom, terms(true, 12, line("*", 24, 24)),
				ADMIN);
		ProductModel dishwasher = catalog.addModel(new ProductModel(nordfrost.getId(), "NF-DW300",
				"CleanRack 300 dishwasher", "Kitchen", LocalDate.of(2021, 6, 1),
				"Open the door: the label is on the right edge of the door.", List.of("pump", "heater", "door")),
				termsFrom, WarrantyTerms.DEFAULT, ADMIN);
		ProductModel tv = catalog.addModel(new ProductModel(brightline.getId(), "BL-TV55Q", "Vivid 55\" QLED TV",
				"TV and video", LocalDate.of(2023, 9, 1),
				"On the back panel, bottom right, a white sticker starting with BL.",
				List.of("panel", "power supply", "remote")), termsFrom, terms(true, 0, line("*", 24, 12)), ADMIN);
		catalog.addModel(new ProductModel(brightline.getId(), "BL-SB200", "Boom 200 soundbar", "Audio",
				LocalDate.of(2022, 5, 1), "Underneath the soundbar, near the power socket.",
				List.of("speaker", "power supply")), termsFrom, terms(false, 0, line("*", 12, 12)), ADMIN);
		catalog.addModel(new ProductModel(brightline.getId(), "BL-LT14", "Notebook 14 laptop", "Computers",
				LocalDate.of(2024, 1, 15), "Underneath the laptop, on the sticker next to the rubber feet.",
				List.of("battery", "screen", "keyboard", "motherboard")), termsFrom,
				terms(true, 0, line("*", 12, 12), line("battery", 6, 6)), ADMIN);

		nordfrost.describe("Nordfrost", "https://www.nordfrost.example", "support@nordfrost.example",
				"+44 20 7946 0123", true);
		brightline.describe("Brightline Electronics", "https://www.brightline.example", "help@brightline.example",
				"0800 000 4242", false);
		sparePartsAndManuals(admin, fridge, tv);

		labelPicture(admin, fridge, 0.05, 0.55);
		labelPicture(admin, washer, 0.45, 0.2);
		labelPicture(admin, tv, 0.85, 0.9);

		for (int i = 1; i <= 20; i++) {
			units.addToRegistry(new SerialRegistryEntry(nordfrost.getId(),
					SerialNumber.of("2411NF%05d".formatted(40 + i)), fridge.getId(), LocalDate.of(2024, 3, 11)));
		}
		units.addToRegistry(new SerialRegistryEntry(nordfrost.getId(), SerialNumber.of("2502NF10001"),
				washer.getId(), LocalDate.of(2025, 1, 6)));
		units.addToRegistry(new SerialRegistryEntry(nordfrost.getId(), SerialNumber.of("2318NF20001"),
				dishwasher.getId(), LocalDate.of(2023, 5, 1)));

		long receipt = files.store(owner.getId(), "kitchen-world-receipt.pdf", receiptPdf("Kitchen World",
				"FrostLine 500 fridge freezer", today.minusMonths(14), "899.00")).getId();
		Unit fridgeUnit = units.create(nordfrost.getId(), fridge.getId(), SerialNumber.of("2411NF00042"),
				SerialStatus.OK, LocalDate.of(2024, 3, 11));
		Registration fridgeReg = registrations.register(fridgeUnit.getId(), owner.getId(), today.minusMonths(14),
				"Kitchen World", new BigDecimal("899.00"), true, today.minusMonths(14).plusDays(3), receipt, true);
		Unit washerUnit = units.create(nordfrost.getId(), washer.getId(), SerialNumber.of("2502NF10001"),
				SerialStatus.OK, LocalDate.of(2025, 1, 6));
		Registration washerReg = registrations.register(washerUnit.getId(), owner.getId(), today.minusMonths(8),
				"Appliance City", new BigDecimal("549.00"), true, today.minusMonths(8).plusDays(10), null, false);
		Unit tvUnit = units.create(brightline.getId(), tv.getId(), SerialNumber.of("BL24000777"), SerialStatus.OK,
				LocalDate.of(2024, 8, 1));
		long tvReceipt = files.store(owner.getId(), "screens-direct-invoice.pdf", receiptPdf("Screens Direct",
				"Vivid 55in QLED TV", today.minusMonths(20), "1099.00")).getId();
		Registration tvReg = registrations.register(tvUnit.getId(), owner.getId(), today.minusMonths(20),
				"Screens Direct", new BigDecimal("1099.00"), true, today.minusMonths(20).plusDays(1), tvReceipt, true);
		Unit dishwasherUnit = units.create(nordfrost.getId(), dishwasher.getId(), SerialNumber.of("2318NF29999"),
				SerialStatus.UNKNOWN, null);
		registrations.register(dishwasherUnit.getId(), neighbour.getId(), today.minusMonths(5), "Kitchen World",
				null, true, today.minusMonths(5), null, false);
		Unit stolenTv = units.create(brightline.getId(), tv.getId(), SerialNumber.of("BL24000999"),
				SerialStatus.OK, LocalDate.of(2024, 9, 1));
		Registration stolenReg = registrations.register(stolenTv.getId(), neighbour.getId(), today.minusMonths(3),
				"Screens Direct", new BigDecimal("999.00"), true, today.minusMonths(3), null, true);
		products.reportStolen(neighbour.getId(), stolenReg.getId());

		recalls.openAsSystem(new Recalls.NewCampaign(brightline.getId(), "Vivid 55 power supply overheating",
				"power supply", "Free replacement of the power supply board by an authorised technician.",
				java.util.Set.of(tv.getId()), "BL24000001", "BL24000800", null, null), ADMIN);

		Claim compressor = file(fridgeReg, owner, today.minusDays(4), "compressor", Cause.DEFECT,
				"The fridge stopped cooling overnight. The compressor clicks every few minutes but never starts.");
		Claim drum = file(washerReg, owner, today.minusDays(10), "drum", Cause.DEFECT,
				"The drum makes a loud grinding noise during the spin cycle and the machine stops with error E21.");
		asStaff(agent, () -> staffClaims.assignToMe(drum.getNumber(), version(drum), staffActor(agent)));
		Claim panel = file(tvReg, owner, today.minusDays(20), "panel", Cause.DEFECT,
				"A vertical green line appeared on the left third of the screen and stays on every input.");
		asStaff(agent, () -> staffClaims.requestInformation(panel.getNumber(), version(panel), staffActor(agent),
				"Please send a photo of the screen showing the line, and of the label on the back."));
		Claim door = file(fridgeReg, owner, today.minusDays(60), "door", Cause.DEFECT,
				"The door seal came loose at the bottom corner and the door no longer closes by itself.");
		asStaff(agent, () -> staffClaims.assignToMe(door.getNumber(), version(door), staffActor(agent)));
		asStaff(agent, () -> staffClaims.approve(door.getNumber(), version(door), staffActor(agent), Resolution.REPAIR,
				null, List.of(new CostLine(CostKind.PARTS, new BigDecimal("24.50"), currency),
						new CostLine(CostKind.LABOUR, new BigDecimal("60.00"), currency)),
				"A technician will fit a new door seal.",
				"The door seal is a known fault of this model."));
		Claim remote = file(tvReg, owner, today.minusDays(30), "remote", Cause.DEFECT,
				"The remote control stopped working even with new batteries; the TV buttons still work.");
		claims.moveTo(remote.getId(), ClaimStatus.WITHDRAWN, new Actor(owner.getId(), owner.getDisplayName()),
				"Found a spare remote, no longer needed.");
		log.info("Demo data loaded: sign in as {}, {}, {} or {} with password {}", OWNER, AGENT, SUPERVISOR, ADMIN,
				PASSWORD);
		return true;
	}

	private void labelPicture(Account admin, ProductModel model, double x, double y) {
		long fileId = files.store(admin.getId(), model.getModelNumber().toLowerCase() + "-label.png",
				LabelPictures.png(model.getModelNumber() + " " + model.getName(), x, y)).getId();
		catalog.setLabelImage(model.getId(), fileId);
	}

	private long version(Claim claim) {
		return claims.find(claim.getId()).orElseThrow().getVersion();
	}

	private static StaffActor staffActor(Account agent) {
		return new StaffActor(agent.getId(), agent.getEmail(), agent.getDisplayName(), false);
	}

	/** Staff actions check who is signed in: the demo acts as the demo agent for them. */
	private static void asStaff(Account agent, Runnable action) {
		PortalUser user = new PortalUser(agent.getId(), agent.getEmail(), "", agent.getDisplayName(), agent.getRole(),
				true);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private Claim file(Registration registration, Account owner, LocalDate failureDate, String component, Cause cause,
			String description) {
		return claims.file(registration.getId(), registration.getUnitId(), owner.getId(), owner.getDisplayName(),
				failureDate, component, cause, description);
	}

	/** What owners of the demo fridge and TV find on their product page: parts to order and the manuals. */
	private void sparePartsAndManuals(Account admin, ProductModel fridge, ProductModel tv) {
		catalog.addPart(new SparePart(fridge.getId(), "NF-4410", "Door seal", "door", new BigDecimal("24.90"), "GBP"));
		catalog.addPart(
				new SparePart(fridge.getId(), "NF-7702", "Thermostat", "thermostat", new BigDecimal("39.50"), "GBP"));
		catalog.addPart(new SparePart(fridge.getId(), "NF-1203", "Salad drawer", null, new BigDecimal("18.00"), "GBP"));
		catalog.addPart(new SparePart(tv.getId(), "BL-RC55", "Remote control", "remote", new BigDecimal("19.90"), "GBP"));
		long fridgeManual = files.store(admin.getId(), "nf-fr500-user-manual.pdf",
				onePagePdf("FrostLine 500 fridge freezer - user manual",
						"Keep the door seal clean and defrost the freezer twice a year."))
			.getId();
		catalog.addDocument(ModelDocument.uploaded(fridge.getId(), "User manual", ModelDocument.Kind.MANUAL,
				fridgeManual, clock.instant(), ADMIN));
		long tvGuide = files.store(admin.getId(), "bl-tv55q-quick-start.pdf",
				onePagePdf("Vivid 55 QLED TV - quick start", "Connect the aerial, press the power button, follow the set-up."))
			.getId();
		catalog.addDocument(ModelDocument.uploaded(tv.getId(), "Quick start guide", ModelDocument.Kind.QUICK_START,
				tvGuide, clock.instant(), ADMIN));
	}

	/** A one-page PDF receipt, so the demo's receipts open in any viewer. */
	static byte[] receiptPdf(String shop, String item, LocalDate date, String price) {
		return onePagePdf(shop + " - receipt", date + ": " + item + ", " + price);
	}

	/** A one-page PDF with a heading and a line of text. */
	static byte[] onePagePdf(String heading, String line) {
		String text = "BT /F1 14 Tf 72 760 Td (" + heading + ") Tj 0 -24 Td (" + line + ") Tj ET";
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append("%010d 00000 n \n".formatted(offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	private static CoverageLine line(String component, int parts, int labour) {
		return new CoverageLine(component, parts, labour);
	}

	private static WarrantyTerms terms(boolean transferable, int bonusMonths, CoverageLine... lines) {
		return new WarrantyTerms(List.of(lines), transferable, 30, 90, bonusMonths, 30);
	}
}
