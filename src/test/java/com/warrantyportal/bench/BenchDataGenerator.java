package com.warrantyportal.bench;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.OwnerCause;
import com.warrantyportal.claim.RejectionReason;
import com.warrantyportal.claim.Resolution;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.ClaimFacts;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.EligibilityEngine;
import com.warrantyportal.eligibility.EligibilityVerdict;
import com.warrantyportal.eligibility.Reason;
import com.warrantyportal.eligibility.ReasonCode;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.eligibility.SerialState;
import com.warrantyportal.files.FileKind;
import com.warrantyportal.unit.SerialStatus;

/**
 * Makes the rows of a portal-shaped data set at a scale factor, deterministically from a seed and a fixed "now": the
 * same arguments give the same rows. Rows are shaped as the portal writes them (a claim's timeline, audit entries,
 * verdicts computed by the real {@link EligibilityEngine}, numbers from the per-year counter), so that every page
 * renders them. Ids are assigned here, in time order where the portal's would be.
 * <p>
 * Left out: mail outbox rows (all would be sent), transfer requests, password-reset tokens, spare parts, model
 * documents, label pictures and replacement-unit approvals. Stored files are rows only: their bytes are not written,
 * so downloading a generated receipt or photo answers 404.
 */
final class BenchDataGenerator {

	/** The NULL of a time column. */
	static final long NO_TIME = Long.MIN_VALUE;

	/** The portal's default business time zone: what "today" means for filing and registration dates. */
	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final long SECOND = 1_000_000L;

	private static final long MINUTE = 60 * SECOND;

	private static final long HOUR = 60 * MINUTE;

	private static final long DAY = 24 * HOUR;

	private static final String ADMIN_LABEL = BenchLogins.ADMIN;

	/** How many rows of each kind; scale 1.0 is the size of the issue's measurement. */
	record Shape(int manufacturers, int models, int units, int owners, int registrations, int claims, int agents,
			int supervisors, int admins, int recalls) {

		static Shape at(double scale) {
			if (!(scale > 0) || scale > 50) {
				throw new IllegalArgumentException("scale must be above 0 and at most 50, not " + scale);
			}
			int registrations = Math.max(1_000, (int) Math.round(600_000 * scale));
			return new Shape(MAKERS.length, Math.max(100, (int) Math.round(20_000 * scale)),
					Math.max(registrations + 500, (int) Math.round(1_000_000 * scale)),
					Math.max(500, (int) Math.round(300_000 * scale)), registrations,
					Math.max(500, (int) Math.round(200_000 * scale)), Math.max(4, (int) Math.round(40 * scale)),
					Math.max(2, (int) Math.round(8 * scale)), 2, 20);
		}

		int staff() {
			return admins + supervisors + agents;
		}
	}

	/** What the bench and the summary need to know about the generated rows. */
	record Result(Shape shape, Map<String, Long> rows, Map<ClaimStatus, Integer> claimsByStatus) {
	}

	private record Maker(String name, String code, boolean keepsRegistry, boolean hasFormat, String[] categories,
			double weight) {
	}

	private record Category(String name, String code, String[] nouns, String[] components, int minPrice,
			int maxPrice, String labelHint) {
	}

	private static final Maker[] MAKERS = {
			new Maker("Nordfrost", "NF", true, true, new String[] { "Cooling", "Laundry", "Kitchen" }, 0.16),
			new Maker("Brightline Electronics", "BL", false, true,
					new String[] { "TV and video", "Audio", "Computers" }, 0.14),
			new Maker("Kessler Home", "KH", true, true, new String[] { "Kitchen", "Laundry", "Cleaning" }, 0.12),
			new Maker("Aurora Audio", "AA", false, true, new String[] { "Audio", "Headphones" }, 0.11),
			new Maker("Vantor Appliances", "VA", true, true, new String[] { "Cooling", "Kitchen", "Laundry" }, 0.10),
			new Maker("Polaris Screens", "PS", false, true, new String[] { "TV and video", "Computers" }, 0.10),
			new Maker("Lindqvist Kitchen", "LK", true, true, new String[] { "Kitchen", "Cooling" }, 0.09),
			new Maker("Sora Mobile", "SM", false, true, new String[] { "Phones", "Computers", "Headphones" }, 0.07),
			new Maker("Hartmann Tools", "HT", true, true, new String[] { "Tools", "Garden" }, 0.06),
			new Maker("Meridian Climate", "MC", false, false, new String[] { "Climate", "Cleaning" }, 0.05) };

	private static final Map<String, Category> CATEGORIES = categories();

	private static final String[] SERIES = { "FrostLine", "AquaSpin", "CleanRack", "Vivid", "Boom", "Notebook",
			"Pulse", "Aria", "Nova", "Terra", "Zen", "Volt", "Breeze", "Prime", "Eco", "Max", "Studio", "Arc", "Atlas",
			"Lumen" };

	private static final String[] FIRST_NAMES = { "Olivia", "Noah", "Amelia", "Oliver", "Isla", "George", "Ava",
			"Arthur", "Mia", "Leo", "Ivy", "Harry", "Lily", "Oscar", "Freya", "Jack", "Grace", "Theo", "Sophia", "Finley",
			"Ella", "Charlie", "Rosie", "Muhammad", "Evie", "Henry", "Poppy", "Alfie", "Willow", "Thomas", "Zara",
			"Jacob", "Maya", "Archie", "Aisha", "Samuel", "Chloe", "Ravi", "Hannah", "Lucas", "Niamh", "Ethan", "Priya",
			"Daniel", "Sofia", "Adam", "Emily", "Tomasz", "Ines", "Kwame" };

	private static final String[] LAST_NAMES = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
			"Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
			"Thomas", "Clarke", "Jackson", "Wood", "Harris", "Edwards", "Turner", "Martin", "Cooper", "Hill", "Ward",
			"Hughes", "Moore", "Clark", "King", "Harrison", "Lewis", "Baker", "Lee", "Allen", "Morris", "Khan",
			"Scott", "Watson", "Davis", "Parker", "James", "Bennett", "Young", "Phillips", "Nowak", "Okafor" };

	private static final String[] RETAILERS = { "Kitchen World", "Appliance City", "Screens Direct", "ElectroMart",
			"HomeStore", "Currys Corner", "TechHouse", "Sound & Vision", "Value Appliances", "BuildIt Depot",
			"The Gadget Shop", "Northside Electrical", "MegaMarket", "Online Bargains", "Garden & Tool Co.",
			"Phone Point", "Laptop Lane", "Best Deals Ltd", "Marketplace seller", "Department Store" };

	private static final String[] INFO_REQUESTS = {
			"Please send a photo of the label with the serial number.",
			"Please send a photo of the fault and a copy of your receipt.",
			"Could you tell us whether the unit was moved or dropped before it stopped working?",
			"Please describe any error code shown on the display.",
			"Please confirm the date you bought it and upload the receipt." };

	private static final String[] INFO_ANSWERS = { "Photos attached, the label is on the back.",
			"It was not moved. The display shows error E21.", "Receipt attached. I bought it in the shop.",
			"There is no error code, it simply does not switch on any more.",
			"I uploaded the receipt and a photo of the fault." };

	private static final String[] REJECTION_NOTES = { "The warranty ended before the failure date.",
			"The damage shown in the photos is not covered.", "The claim came after the filing window.",
			"No proof of purchase was provided.", "Our technician found no fault.",
			"The serial number could not be confirmed with the manufacturer." };

	private static final String[] SYMPTOMS = { "stopped working without warning", "makes a loud grinding noise",
			"keeps switching itself off", "shows an error code on start-up", "no longer turns on at all",
			"works only intermittently", "overheats after a few minutes", "leaks water underneath",
			"smells of burning plastic", "does not respond to any button" };

	private static final String[] DETAILS = { "I checked the power supply and the fuse, both are fine.",
			"I followed the troubleshooting steps in the manual without success.",
			"It happened during normal use at home.", "A restart helps for a few minutes, then it happens again.",
			"Nothing was changed or moved before it started.", "I have photos of the fault if you need them." };

	private final Shape shape;

	private final long seed;

	/** The generated data's "now", in microseconds since the epoch: nothing happens after it. */
	private final long now;

	private final LocalDate today;

	private final BenchTables tables;

	private final Consumer<List<BenchTables.Table>> finished;

	private final EligibilityEngine engine = new EligibilityEngine();

	// The catalogue
	private int[] modelMaker;

	private int[] modelRelease;

	private String[][] modelComponents;

	private String[] modelCategory;

	private String[] modelNumbers;

	private int[] modelTermsFrom;

	private int[] modelTermsCount;

	private int[] termsEffective;

	private WarrantyTerms[] termsRules;

	private int[] modelsByPopularity;

	private int[] modelsByRelease;

	private int[][] modelsOfMaker;

	private final Map<Integer, Set<String>> openRecallComponents = new HashMap<>();

	// Accounts: owner o has the id ownerBase + o; staff ids come first
	private long ownerBase;

	private String[] ownerNames;

	private long[] agentIds;

	private String[] agentNames;

	private long[] supervisorIds;

	private String[] supervisorNames;

	// Registrations, in time order (id = index + 1)
	private long[] regTime;

	private int[] regOwner;

	private int[] regUnit;

	private int[] regPurchase;

	private int[] regRegistered;

	private boolean[] regEnded;

	private boolean[] regOriginal;

	private boolean[] regProofVerified;

	// Units (id = index + 1)
	private int[] unitModel;

	private int[] unitMade;

	private byte[] unitStatus;

	private int[] unitPlanMonths;

	private long nextFileId = 1;

	private final Map<ClaimStatus, Integer> claimsByStatus = new TreeMap<>();

	/**
	 * @param finished told about each group of tables as soon as they are complete, so loading overlaps generation
	 */
	BenchDataGenerator(Shape shape, long seed, Instant now, BenchTables tables,
			Consumer<List<BenchTables.Table>> finished) {
		this.shape = shape;
		this.seed = seed;
		this.now = now.getEpochSecond() * SECOND;
		this.today = LocalDate.ofInstant(now, ZONE);
		this.tables = tables;
		this.finished = finished;
	}

	Result generate(Consumer<String> progress) {
		names();
		catalogue();
		finished.accept(List.of(tables.manufacturer, tables.serialFormat, tables.productModel, tables.warrantyTerms, tables.coverageLine,
				tables.recallCampaign, tables.recallCampaignModel));
		progress.accept("catalogue: " + shape.models() + " models");
		planRegistrations();
		units();
		finished.accept(List.of(tables.unit, tables.serialRegistryEntry, tables.extendedPlan, tables.staffAlert));
		progress.accept("units: " + shape.units());
		accounts();
		finished.accept(List.of(tables.account));
		progress.accept("accounts: " + (shape.staff() + shape.owners()));
		registrations();
		finished.accept(List.of(tables.registration));
		progress.accept("registrations: " + shape.registrations());
		claims();
		finished.accept(List.of(tables.claim, tables.claimEvent, tables.claimAttachment, tables.verdictSnapshot,
				tables.auditEntry, tables.claimNumberCounter, tables.storedFile));
		progress.accept("claims: " + shape.claims());
		Map<String, Long> rows = new java.util.LinkedHashMap<>();
		tables.all().forEach(table -> rows.put(table.name, table.rows()));
		return new Result(shape, rows, claimsByStatus);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Catalogue: manufacturers, models, versioned terms with coverage lines, recall campaigns

	private void catalogue() {
		SplittableRandom random = random("catalogue");
		for (int k = 0; k < MAKERS.length; k++) {
			Maker maker = MAKERS[k];
			String format = !maker.hasFormat() ? null
					: maker.keepsRegistry() ? "(?<year>\\d{2})(?<week>\\d{2})" + maker.code() + "\\d{7}"
							: maker.code() + "\\d{8}";
			String example = !maker.hasFormat() ? null
					: maker.keepsRegistry() ? "2411" + maker.code() + "0000042" : maker.code() + "24000777";
			String domain = maker.name().toLowerCase().replaceAll("[^a-z]", "");
			tables.manufacturer.row().num(k + 1).str(maker.name()).bool(maker.keepsRegistry())
				.str("https://www." + domain + ".example").str("support@" + domain + ".example")
				.str("+44 20 7946 %04d".formatted(100 + k)).end();
			if (format != null) {
				tables.serialFormat.row().num(k + 1).num(k + 1).str(null).str(format).str(example).str(null).num(0).num(0)
					.end();
			}
		}

		int models = shape.models();
		modelMaker = new int[models];
		modelRelease = new int[models];
		modelComponents = new String[models][];
		modelCategory = new String[models];
		modelNumbers = new String[models];
		modelTermsFrom = new int[models];
		modelTermsCount = new int[models];
		List<Integer> effective = new ArrayList<>();
		List<WarrantyTerms> rules = new ArrayList<>();
		double[] cumulative = cumulative(Arrays.stream(MAKERS).mapToDouble(Maker::weight).toArray());
		int[] numberOfMaker = new int[MAKERS.length];
		List<List<Integer>> ofMaker = new ArrayList<>();
		for (int k = 0; k < MAKERS.length; k++) {
			ofMaker.add(new ArrayList<>());
		}
		long coverageId = 1;
		for (int m = 0; m < models; m++) {
			// The first models go round the manufacturers, so each has some at any scale
			int k = m < MAKERS.length ? m : pick(cumulative, random.nextDouble());
			Maker maker = MAKERS[k];
			Category category = CATEGORIES.get(maker.categories()[random.nextInt(maker.categories().length)]);
			String noun = category.nouns()[random.nextInt(category.nouns().length)];
			String series = SERIES[random.nextInt(SERIES.length)];
			int number = 100 + numberOfMaker[k]++ * 3 + random.nextInt(3);
			String modelNumber = maker.code() + "-" + category.code() + number
					+ (random.nextInt(4) == 0 ? " " + (char) ('A' + random.nextInt(6)) : "");
			LocalDate release = today.minusDays(120 + random.nextInt(8 * 365 - 120));
			String[] components = someOf(category.components(), 3, random);
			long retiredAt = release.isBefore(today.minusYears(4)) && random.nextInt(100) < 35
					? Math.min(now - DAY, micros(release.plusDays(3 * 365 + random.nextInt(365)), 10)) : NO_TIME;
			modelMaker[m] = k;
			modelRelease[m] = (int) release.toEpochDay();
			modelComponents[m] = components;
			modelCategory[m] = category.name();
			modelNumbers[m] = modelNumber;
			ofMaker.get(k).add(m);
			tables.productModel.row().num(m + 1).num(k + 1).str(modelNumber).str(ModelNumber.normalise(modelNumber))
				.str(series + " " + number + " " + noun).str(category.name()).date(release)
				.str(category.labelHint()).str(String.join(",", components)).time(retiredAt).end();

			int versions = random.nextInt(100) < 70 ? 1 : random.nextInt(100) < 83 ? 2 : 3;
			modelTermsFrom[m] = rules.size();
			LocalDate from = release.minusDays(60);
			for (int v = 0; v < versions; v++) {
				if (v > 0) {
					from = release.plusDays(365L * v + random.nextInt(200));
					if (from.isAfter(today)) {
						break;
					}
				}
				int parts = new int[] { 12, 24, 24, 36 }[random.nextInt(4)];
				int labour = random.nextBoolean() ? parts : 12;
				List<CoverageLine> lines = new ArrayList<>();
				lines.add(new CoverageLine(CoverageLine.ANY_COMPONENT, parts, labour));
				if (random.nextInt(100) < 35) {
					lines.add(new CoverageLine(components[random.nextInt(components.length)],
							new int[] { 36, 60, 120 }[random.nextInt(3)], 12));
				}
				WarrantyTerms terms = new WarrantyTerms(lines, random.nextInt(100) < 85,
						random.nextInt(100) < 80 ? 30 : 60, 90, random.nextInt(100) < 20 ? 12 : 0, 30);
				long termsId = rules.size() + 1;
				tables.warrantyTerms.row().num(termsId).num(m + 1).date(from).bool(terms.transferable())
					.num(terms.filingWindowDays()).num(terms.noProofGraceDays()).num(terms.registrationBonusMonths())
					.num(terms.registrationWindowDays()).time(Math.min(now - HOUR, micros(from, 9)))
					.str(ADMIN_LABEL).end();
				for (CoverageLine line : lines) {
					tables.coverageLine.row().num(coverageId++).num(termsId).str(line.component())
						.num(line.partsMonths()).num(line.labourMonths()).end();
				}
				effective.add((int) from.toEpochDay());
				rules.add(terms);
				modelTermsCount[m]++;
			}
		}
		termsEffective = effective.stream().mapToInt(Integer::intValue).toArray();
		termsRules = rules.toArray(WarrantyTerms[]::new);
		modelsOfMaker = ofMaker.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
		modelsByPopularity = permutation(models, random);
		modelsByRelease = java.util.stream.IntStream.range(0, models).boxed()
			.sorted((a, b) -> Integer.compare(modelRelease[a], modelRelease[b])).mapToInt(Integer::intValue)
			.toArray();

		for (int c = 0; c < shape.recalls(); c++) {
			int k = c % MAKERS.length;
			int[] candidates = modelsOfMaker[k];
			int first = candidates[random.nextInt(candidates.length)];
			Set<Integer> covered = new HashSet<>(List.of(first));
			for (int extra = random.nextInt(3); extra > 0; extra--) {
				covered.add(candidates[random.nextInt(candidates.length)]);
			}
			String component = random.nextInt(100) < 25 ? CoverageLine.ANY_COMPONENT
					: modelComponents[first][random.nextInt(modelComponents[first].length)];
			LocalDate opened = today.minusDays(5 + random.nextInt(500));
			LocalDate closed = random.nextInt(100) < 25 ? opened.plusDays(30 + random.nextInt(300)) : null;
			if (closed != null && !closed.isBefore(today)) {
				closed = null;
			}
			String part = CoverageLine.ANY_COMPONENT.equals(component) ? "safety" : component;
			tables.recallCampaign.row().num(c + 1).num(k + 1)
				.str(MAKERS[k].name() + " " + part + " recall " + opened.getYear())
				.str(component).str("Free inspection and replacement of the " + part
						+ " by an authorised technician; book it with the manufacturer's support line.")
				.date(opened).date(closed).str(ADMIN_LABEL).end();
			for (int m : covered) {
				tables.recallCampaignModel.row().num(c + 1).num(m + 1).end();
				if (closed == null) {
					openRecallComponents.computeIfAbsent(m, key -> new HashSet<>()).add(component);
				}
			}
		}
	}

	/** The index of the terms version in force on the purchase date, as CatalogService.termsVersionInForce picks it. */
	private int termsInForce(int model, int purchaseDay) {
		int from = modelTermsFrom[model];
		int best = -1;
		for (int t = from; t < from + modelTermsCount[model]; t++) {
			if (termsEffective[t] <= purchaseDay && (best < 0 || termsEffective[t] >= termsEffective[best])) {
				best = t;
			}
		}
		return best >= 0 ? best : from;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Registrations: when, by whom, bought when; units are chosen to match

	private static final int PRODUCTS_OWNER = 0;

	private static final int CLAIMS_OWNER = 1;

	private static final int FIRST_FILER = 2;

	private int firstRegularOwner() {
		return FIRST_FILER + BenchLogins.FILERS;
	}

	private boolean special(int owner) {
		return owner < firstRegularOwner();
	}

	private void planRegistrations() {
		SplittableRandom random = random("registrations");
		int count = shape.registrations();
		int[] slots = new int[count];
		int filled = 0;
		for (int i = 0; i < BenchLogins.PRODUCTS_OF_PRODUCTS_OWNER; i++) {
			slots[filled++] = PRODUCTS_OWNER;
		}
		for (int i = 0; i < BenchLogins.PRODUCTS_OF_CLAIMS_OWNER; i++) {
			slots[filled++] = CLAIMS_OWNER;
		}
		for (int f = 0; f < BenchLogins.FILERS; f++) {
			for (int i = 0; i < BenchLogins.PRODUCTS_OF_FILER; i++) {
				slots[filled++] = FIRST_FILER + f;
			}
		}
		// Most owners have one to three products, a few have many; the average is two.
		double[] products = cumulative(new double[] { 0.45, 0.30, 0.12, 0.07, 0.02, 0.02, 0.01, 0.01 });
		for (int owner = firstRegularOwner(); owner < shape.owners() && filled < count; owner++) {
			for (int n = pick(products, random.nextDouble()) + 1; n > 0 && filled < count; n--) {
				slots[filled++] = owner;
			}
		}
		while (filled < count) {
			slots[filled++] = firstRegularOwner() + random.nextInt(shape.owners() - firstRegularOwner());
		}
		shuffle(slots, random);

		// Registrations grow over five years: more recent months have more.
		regTime = new long[count];
		long start = now - 5 * 365 * DAY;
		long span = now - HOUR - start;
		double[] u = new double[count];
		for (int r = 0; r < count; r++) {
			u[r] = random.nextDouble();
		}
		Arrays.sort(u);
		regOwner = slots;
		regPurchase = new int[count];
		regRegistered = new int[count];
		regEnded = new boolean[count];
		regOriginal = new boolean[count];
		regProofVerified = new boolean[count];
		for (int r = 0; r < count; r++) {
			regTime[r] = start + (long) (span * Math.pow(u[r], 0.7)) + random.nextLong(SECOND);
		}
		Arrays.sort(regTime);
		for (int r = 0; r < count; r++) {
			LocalDate registered = date(regTime[r]);
			int roll = random.nextInt(100);
			long back = roll < 80 ? random.nextInt(31) : roll < 95 ? 31 + random.nextInt(335) : 366 + random.nextInt(700);
			regRegistered[r] = (int) registered.toEpochDay();
			regPurchase[r] = (int) (registered.toEpochDay() - back);
			regEnded[r] = !special(slots[r]) && random.nextInt(100) < 2;
			regOriginal[r] = random.nextInt(100) < 97;
		}
		regUnit = Arrays.copyOf(permutation(shape.units(), random), count);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Units, the registry entries of registry-keeping manufacturers, extended plans and stolen-unit alerts

	private void units() {
		SplittableRandom random = random("units");
		int count = shape.units();
		int[] unitReg = new int[count];
		Arrays.fill(unitReg, -1);
		for (int r = 0; r < regUnit.length; r++) {
			unitReg[regUnit[r]] = r;
		}
		// The claims owner's first product is a registry manufacturer's: the staff claim page then shows registry facts.
		int benchReg = firstRegistrationOf(CLAIMS_OWNER);
		unitModel = new int[count];
		unitMade = new int[count];
		unitStatus = new byte[count];
		unitPlanMonths = new int[count];
		long[] serialNumbers = new long[MAKERS.length];
		long entryId = 1;
		long planId = 1;
		long alertId = 1;
		// One unit in 400 is reported stolen; at least ten, so that a small data set has some too.
		int stolenPerRegistrations = Math.max(10, regUnit.length / 400);
		for (int u = 0; u < count; u++) {
			int r = unitReg[u];
			int model;
			LocalDate made = null;
			long created;
			if (r >= 0) {
				int latestRelease = regPurchase[r] - 14;
				model = r == benchReg ? registryModelReleasedBy(latestRelease, random)
						: popularModelReleasedBy(latestRelease, random);
				created = regTime[r];
				if (MAKERS[modelMaker[model]].keepsRegistry()) {
					int earliest = Math.max(modelRelease[model] - 30, regPurchase[r] - 400);
					int latest = regPurchase[r] - 7;
					made = LocalDate.ofEpochDay(earliest >= latest ? latest : earliest + random.nextInt(latest - earliest));
				}
			}
			else {
				model = modelsByPopularity[(int) (shape.models() * Math.pow(random.nextDouble(), 2.2))];
				long release = modelRelease[model] * DAY;
				created = release + (long) (random.nextDouble() * Math.max(DAY, now - release - DAY));
				if (MAKERS[modelMaker[model]].keepsRegistry()) {
					made = date(created).minusDays(7 + random.nextInt(200));
				}
			}
			int k = modelMaker[model];
			Maker maker = MAKERS[k];
			long sequence = ++serialNumbers[k];
			String key;
			String display;
			if (maker.keepsRegistry()) {
				made = made.with(DayOfWeek.MONDAY);
				key = "%02d%02d%s%07d".formatted(made.get(IsoFields.WEEK_BASED_YEAR) % 100,
						made.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), maker.code(), sequence);
				display = key;
			}
			else if (maker.hasFormat()) {
				key = maker.code() + "%08d".formatted(sequence);
				display = key;
			}
			else {
				display = maker.code() + "-%08d".formatted(sequence);
				key = maker.code() + "%08d".formatted(sequence);
			}
			SerialStatus status = SerialStatus.OK;
			int registryModel = model;
			boolean specialOwner = r >= 0 && special(regOwner[r]);
			if (maker.keepsRegistry() && !specialOwner) {
				int roll = random.nextInt(1000);
				if (roll < 12) {
					status = SerialStatus.UNKNOWN;
				}
				else if (roll < 15 && modelsOfMaker[k].length > 1) {
					status = SerialStatus.MODEL_MISMATCH;
					while (registryModel == model) {
						registryModel = modelsOfMaker[k][random.nextInt(modelsOfMaker[k].length)];
					}
				}
			}
			boolean stolen = r >= 0 && !specialOwner && random.nextInt(regUnit.length) < stolenPerRegistrations;
			if (maker.keepsRegistry() && status != SerialStatus.UNKNOWN) {
				tables.serialRegistryEntry.row().num(entryId++).num(k + 1).str(key).str(display).num(registryModel + 1)
					.date(made).end();
			}
			if (stolen) {
				status = SerialStatus.STOLEN;
			}
			unitModel[u] = model;
			unitMade[u] = made == null ? Integer.MIN_VALUE : (int) made.toEpochDay();
			unitStatus[u] = (byte) status.ordinal();
			tables.unit.row().num(u + 1).num(k + 1).num(model + 1).str(key).str(display).str(status.name()).date(made)
				.time(created).end();

			if (r >= 0 && random.nextInt(100) < 4) {
				int months = 12 * (1 + random.nextInt(3));
				LocalDate bought = LocalDate.ofEpochDay(Math.min(regPurchase[r] + random.nextInt(31), today.toEpochDay()));
				unitPlanMonths[u] += months;
				tables.extendedPlan.row().num(planId++).num(u + 1).str("CarePlus " + months / 12 + " year cover")
					.num(months).date(bought).str(agentNames[random.nextInt(agentNames.length)])
					.time(Math.min(now - MINUTE, Math.max(created, micros(bought, 11)))).end();
			}
			if (stolen) {
				long reported = created + (long) (random.nextDouble() * (now - created - HOUR));
				long resolved = random.nextInt(100) < 85 ? Math.min(now - MINUTE, reported + DAY + random.nextLong(4 * DAY))
						: NO_TIME;
				tables.staffAlert.row().num(alertId++).time(reported).str("UNIT_REPORTED_STOLEN").num(u + 1)
					.num(ownerBase + regOwner[r]).str("The owner reported serial " + display + " stolen or lost.")
					.time(resolved).end();
				if (random.nextInt(100) < 20) {
					long tried = reported + (long) (random.nextDouble() * (now - reported - MINUTE));
					tables.staffAlert.row().num(alertId++).time(tried).str("STOLEN_UNIT_REGISTRATION").num(u + 1)
						.num(ownerBase + firstRegularOwner() + random.nextInt(shape.owners() - firstRegularOwner()))
						.str("Someone tried to register " + maker.name() + " " + modelNumbers[model] + " serial "
								+ display + ", which is reported stolen.")
						.time(NO_TIME).end();
				}
			}
		}
	}

	private int popularModelReleasedBy(int latestRelease, SplittableRandom random) {
		for (int attempt = 0; attempt < 30; attempt++) {
			int model = modelsByPopularity[(int) (shape.models() * Math.pow(random.nextDouble(), 2.2))];
			if (modelRelease[model] <= latestRelease) {
				return model;
			}
		}
		int released = 0;
		while (released < modelsByRelease.length && modelRelease[modelsByRelease[released]] <= latestRelease) {
			released++;
		}
		return modelsByRelease[released == 0 ? 0 : random.nextInt(released)];
	}

	private int registryModelReleasedBy(int latestRelease, SplittableRandom random) {
		List<Integer> candidates = new ArrayList<>();
		for (int model : modelsByRelease) {
			if (MAKERS[modelMaker[model]].keepsRegistry() && modelRelease[model] <= latestRelease) {
				candidates.add(model);
			}
		}
		if (candidates.isEmpty()) {
			throw new IllegalStateException(
					"No registry manufacturer's model was on sale for the claims owner's product");
		}
		return candidates.get(random.nextInt(candidates.size()));
	}

	private int firstRegistrationOf(int owner) {
		for (int r = 0; r < regOwner.length; r++) {
			if (regOwner[r] == owner) {
				return r;
			}
		}
		throw new IllegalStateException("Owner " + owner + " has no registration");
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Accounts: administrators, supervisors and agents first, then owners

	private void accounts() {
		SplittableRandom random = random("accounts");
		long id = 1;
		long staffSince = now - 6 * 365 * DAY;
		for (int n = 1; n <= shape.admins(); n++) {
			account(id++, BenchLogins.admin(n), name(random), "ADMIN", true, staffSince + n * HOUR);
		}
		supervisorIds = new long[shape.supervisors()];
		supervisorNames = new String[shape.supervisors()];
		for (int n = 1; n <= shape.supervisors(); n++) {
			supervisorIds[n - 1] = id;
			supervisorNames[n - 1] = name(random);
			account(id++, BenchLogins.supervisor(n), supervisorNames[n - 1], "SUPERVISOR", true, staffSince + n * DAY);
		}
		agentIds = new long[shape.agents()];
		agentNames = agentNames == null ? new String[shape.agents()] : agentNames;
		for (int n = 1; n <= shape.agents(); n++) {
			agentIds[n - 1] = id;
			account(id++, BenchLogins.agent(n), agentNames[n - 1], "AGENT", true, staffSince + n * 3 * DAY);
		}
		long[] firstProduct = new long[shape.owners()];
		Arrays.fill(firstProduct, Long.MAX_VALUE);
		for (int r = 0; r < regOwner.length; r++) {
			firstProduct[regOwner[r]] = Math.min(firstProduct[regOwner[r]], regTime[r]);
		}
		for (int o = 0; o < shape.owners(); o++) {
			String email = o == PRODUCTS_OWNER ? BenchLogins.PRODUCTS_OWNER
					: o == CLAIMS_OWNER ? BenchLogins.CLAIMS_OWNER
							: o < firstRegularOwner() ? BenchLogins.filer(o - FIRST_FILER + 1) : BenchLogins.owner(o);
			long created = firstProduct[o] == Long.MAX_VALUE
					? now - 5 * 365 * DAY + (long) (random.nextDouble() * 5 * 365 * DAY)
					: firstProduct[o] - random.nextLong(3 * DAY);
			account(ownerBase + o, email, ownerNames[o], "OWNER", special(o) || random.nextInt(1000) < 997, created);
		}
	}

	private void account(long id, String email, String name, String role, boolean enabled, long created) {
		tables.account.row().num(id).str(email).str(BenchLogins.PASSWORD_HASH).str(name).str(role).bool(enabled)
			.time(created).end();
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Registrations with their receipts

	private void registrations() {
		SplittableRandom random = random("registration rows");
		for (int r = 0; r < regOwner.length; r++) {
			int unit = regUnit[r];
			Category category = CATEGORIES.get(modelCategory[unitModel[unit]]);
			BigDecimal price = random.nextInt(100) < 8 ? null
					: BigDecimal.valueOf(category.minPrice() + random.nextInt(category.maxPrice() - category.minPrice()))
						.add(random.nextBoolean() ? new BigDecimal("0.99") : BigDecimal.ZERO);
			String retailer = RETAILERS[random.nextInt(RETAILERS.length)];
			boolean proof = special(regOwner[r]) || random.nextInt(100) < 55;
			Long proofId = null;
			if (proof) {
				proofId = storedFile(ownerBase + regOwner[r], retailer.toLowerCase().replaceAll("[^a-z]+", "-")
						+ "-receipt", random.nextInt(4) == 0 ? FileKind.JPEG : FileKind.PDF, regTime[r], random);
				regProofVerified[r] = random.nextInt(100) < 75;
			}
			long ended = regEnded[r] ? regTime[r] + (long) (random.nextDouble() * (now - regTime[r] - MINUTE)) : NO_TIME;
			tables.registration.row().num(r + 1).num(unit + 1).num(regEnded[r] ? null : (long) unit + 1)
				.num(ownerBase + regOwner[r]).date(LocalDate.ofEpochDay(regPurchase[r])).str(retailer).dec(price)
				.bool(regOriginal[r]).bool(regProofVerified[r]).date(LocalDate.ofEpochDay(regRegistered[r]))
				.time(regTime[r]).time(ended).num(proofId).num(regProofVerified[r] ? 1 : 0).end();
		}
	}

	private long storedFile(long ownerId, String baseName, FileKind kind, long created, SplittableRandom random) {
		long id = nextFileId++;
		String storage = new UUID(random.nextLong(), random.nextLong()) + "." + kind.extension();
		String sha = hex(random.nextLong()) + hex(random.nextLong()) + hex(random.nextLong()) + hex(random.nextLong());
		tables.storedFile.row().num(id).num(ownerId).str(storage).str(baseName + "." + kind.extension())
			.str(kind.contentType()).num(20_000 + random.nextInt(2_000_000)).str(sha).time(created).end();
		return id;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Claims with their timeline, audit entries, verdict snapshots, photos and numbers

	private record Step(long at, String type, ClaimStatus from, ClaimStatus to, boolean byOwner, String note) {
	}

	private void claims() {
		SplittableRandom random = random("claims");
		int count = shape.claims();
		long start = now - 3 * 365 * DAY;
		long span = now - 10 * MINUTE - start;
		double[] u = new double[count];
		for (int c = 0; c < count; c++) {
			u[c] = random.nextDouble();
		}
		Arrays.sort(u);
		long[] claimTime = new long[count];
		for (int c = 0; c < count; c++) {
			// Claims grow over three years: the last month holds about one in twenty.
			claimTime[c] = start + (long) (span * Math.pow(u[c], 0.55)) + random.nextLong(SECOND);
		}
		Arrays.sort(claimTime);
		int[] forced = forcedRegistrations(claimTime, random);
		int benchClaim = -1;
		for (int c = count - 1; c >= 0 && benchClaim < 0; c--) {
			if (forced[c] >= 0 && regOwner[forced[c]] == CLAIMS_OWNER) {
				benchClaim = c;
			}
		}

		Map<Integer, Integer> numbers = new TreeMap<>();
		long eventId = 1;
		long attachmentId = 1;
		long snapshotId = 1;
		long auditId = 1;
		for (int c = 0; c < count; c++) {
			long created = claimTime[c];
			int r = forced[c] >= 0 ? forced[c] : anyRegistrationBefore(created - DAY, created, random);
			int unit = regUnit[r];
			int model = unitModel[unit];
			long ownerId = ownerBase + regOwner[r];
			String ownerName = ownerNames[regOwner[r]];
			LocalDate filed = date(created);
			int roll = random.nextInt(100);
			long back = roll < 70 ? random.nextInt(8) : roll < 95 ? 8 + random.nextInt(23) : 31 + random.nextInt(90);
			LocalDate failure = LocalDate.ofEpochDay(Math.max(regPurchase[r], filed.toEpochDay() - back));
			String[] components = modelComponents[model];
			String component = random.nextInt(100) < 85 ? components[random.nextInt(components.length)] : "other";
			Cause cause = cause(random);
			int termsIndex = termsInForce(model, regPurchase[r]);
			EligibilityVerdict verdict = engine.evaluate(new ClaimFacts(termsRules[termsIndex], unitPlanMonths[unit],
					LocalDate.ofEpochDay(regPurchase[r]), regProofVerified[r],
					unitMade[unit] == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(unitMade[unit]),
					LocalDate.ofEpochDay(regRegistered[r]), regOriginal[r],
					SerialState.valueOf(SerialStatus.values()[unitStatus[unit]].name()), openRecallComponents.getOrDefault(model, Set.of()),
					component, cause, failure, filed));

			ClaimStatus status = c == benchClaim ? ClaimStatus.IN_REVIEW : status(created, verdict, random);
			boolean decided = status == ClaimStatus.APPROVED || status == ClaimStatus.REJECTED
					|| status == ClaimStatus.CLOSED;
			boolean approved = status == ClaimStatus.APPROVED
					|| status == ClaimStatus.CLOSED && verdictLeansApprove(verdict, random);
			boolean supervisorDecides = random.nextInt(100) < 10;
			Resolution resolution = null;
			BigDecimal amount = null;
			if (approved) {
				resolution = random.nextInt(100) < 70 ? Resolution.REPAIR : Resolution.REFUND;
				amount = resolution == Resolution.REFUND || random.nextInt(100) < 60
						? BigDecimal.valueOf(40 + random.nextInt(resolution == Resolution.REFUND ? 900 : 420)) : null;
				// Approvals above the threshold (500) need a supervisor
				supervisorDecides |= amount != null && amount.intValue() > 500;
			}
			int staff = random.nextInt(supervisorDecides ? supervisorIds.length : agentIds.length);
			long staffId = supervisorDecides ? supervisorIds[staff] : agentIds[staff];
			String staffName = supervisorDecides ? supervisorNames[staff] : agentNames[staff];

			// The steps the portal would have written, in order
			List<Step> steps = new ArrayList<>();
			long at = created;
			steps.add(new Step(at, "SUBMITTED", null, ClaimStatus.SUBMITTED, true, null));
			boolean reviewed = status != ClaimStatus.SUBMITTED
					&& !(status == ClaimStatus.WITHDRAWN && random.nextBoolean());
			boolean infoRound = c == benchClaim || status == ClaimStatus.INFO_REQUESTED
					|| reviewed && random.nextInt(100) < 15;
			if (reviewed) {
				steps.add(new Step(at += HOUR * 2 + random.nextLong(3 * DAY), "IN_REVIEW", ClaimStatus.SUBMITTED,
						ClaimStatus.IN_REVIEW, false, null));
			}
			String request = INFO_REQUESTS[random.nextInt(INFO_REQUESTS.length)];
			if (reviewed && infoRound) {
				steps.add(new Step(at += HOUR + random.nextLong(2 * DAY), "INFO_REQUESTED", ClaimStatus.IN_REVIEW,
						ClaimStatus.INFO_REQUESTED, false, request));
				if (status != ClaimStatus.INFO_REQUESTED) {
					steps.add(new Step(at += 4 * HOUR + random.nextLong(7 * DAY), "INFO_PROVIDED",
							ClaimStatus.INFO_REQUESTED, ClaimStatus.IN_REVIEW, true,
							INFO_ANSWERS[random.nextInt(INFO_ANSWERS.length)]));
				}
			}
			RejectionReason rejection = null;
			String rejectionNote = null;
			if (decided) {
				ClaimStatus decision = approved ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
				String note;
				if (decision == ClaimStatus.APPROVED) {
					note = describe(resolution, amount);
				}
				else {
					rejection = rejectionReason(verdict, random);
					rejectionNote = REJECTION_NOTES[random.nextInt(REJECTION_NOTES.length)];
					note = rejectionNote;
				}
				steps.add(new Step(at += 2 * HOUR + random.nextLong(7 * DAY), decision.name(), ClaimStatus.IN_REVIEW,
						decision, false, note));
				if (status == ClaimStatus.CLOSED) {
					steps.add(new Step(at += 3 * DAY + random.nextLong(27 * DAY), "CLOSED", decision,
							ClaimStatus.CLOSED, false, null));
				}
			}
			if (status == ClaimStatus.WITHDRAWN) {
				ClaimStatus before = steps.get(steps.size() - 1).to();
				steps.add(new Step(at += HOUR + random.nextLong(5 * DAY), "WITHDRAWN", before, ClaimStatus.WITHDRAWN,
						true, null));
			}
			steps = fitBefore(steps, created, now - MINUTE);
			long lastAt = steps.get(steps.size() - 1).at();
			long decidedAt = NO_TIME;
			for (Step step : steps) {
				if (step.type().equals("APPROVED") || step.type().equals("REJECTED")) {
					decidedAt = step.at();
				}
			}
			VerdictStatus override = null;
			String overrideReason = null;
			if (decided && verdict.status() != VerdictStatus.ELIGIBLE && random.nextInt(100) < 3) {
				override = approved ? VerdictStatus.ELIGIBLE : VerdictStatus.NOT_ELIGIBLE;
				overrideReason = "Goodwill after checking the unit's history with the manufacturer.";
			}

			int year = filed.getYear();
			int number = numbers.merge(year, 1, Integer::sum);
			String claimNumber = "WC-%d-%06d".formatted(year, number);
			long claimId = c + 1;
			boolean assigned = reviewed;
			tables.claim.row().num(claimId).str(claimNumber).num(r + 1).num(unit + 1).num(ownerId).str(status.name())
				.date(failure).date(filed).str(component).str(cause.name()).str(description(component, random))
				.num(assigned ? staffId : null).time(created).time(lastAt).num(steps.size() - 1 + (override != null ? 1 : 0))
				.str(new UUID(random.nextLong(), random.nextLong()).toString()).str(verdict.status().name())
				.str(verdict.coverage().name()).str(override == null ? null : override.name()).str(overrideReason)
				.str(resolution == null ? null : resolution.name()).dec(amount)
				.str(rejection == null ? null : rejection.name()).time(decidedAt).end();
			claimsByStatus.merge(status, 1, Integer::sum);

			for (Step step : steps) {
				long event = eventId++;
				tables.claimEvent.row().num(event).num(claimId).time(step.at()).num(step.byOwner() ? ownerId : staffId)
					.str(step.byOwner() ? ownerName : staffName).str(step.type())
					.str(step.from() == null ? null : step.from().name()).str(step.to().name()).str(step.note()).end();
				String action = switch (step.type()) {
					case "IN_REVIEW" -> "ASSIGNED_TO_SELF";
					case "INFO_REQUESTED" -> "INFORMATION_REQUESTED";
					case "APPROVED", "REJECTED", "CLOSED" -> step.type();
					default -> null;
				};
				if (action != null) {
					String detail = switch (action) {
						case "INFORMATION_REQUESTED" -> step.note();
						case "APPROVED" -> describe(resolution, amount);
						case "REJECTED" -> rejection + ": " + rejectionNote;
						default -> null;
					};
					tables.auditEntry.row().num(auditId++).time(step.at()).str(staffName).str(action).str("CLAIM")
						.str(claimNumber).str(detail).end();
				}
				if (step.type().equals("APPROVED") || step.type().equals("REJECTED")) {
					if (override != null) {
						long overriddenAt = step.at() - MINUTE;
						snapshot(snapshotId++, claimId, overriddenAt, "OVERRIDDEN", verdict, termsIndex);
						tables.auditEntry.row().num(auditId++).time(overriddenAt).str(staffName)
							.str("VERDICT_OVERRIDDEN").str("CLAIM").str(claimNumber)
							.str("Engine said " + verdict.status() + "; set to " + override + ": " + overrideReason)
							.end();
					}
					snapshot(snapshotId++, claimId, step.at(), step.type(), verdict, termsIndex);
				}
				boolean photos = step.type().equals("SUBMITTED") ? c == benchClaim || random.nextInt(100) < 30
						: step.type().equals("INFO_PROVIDED") && (c == benchClaim || random.nextBoolean());
				for (int p = photos ? 1 + random.nextInt(c == benchClaim ? 2 : 3) : 0; p > 0; p--) {
					long file = storedFile(ownerId, "photo-" + (p), random.nextInt(4) == 0 ? FileKind.PNG : FileKind.JPEG,
							step.at(), random);
					tables.claimAttachment.row().num(attachmentId++).num(claimId).num(file).num(event).end();
				}
			}
		}
		numbers.forEach((year, last) -> tables.claimNumberCounter.row().num(year).num(last).end());
	}

	private void snapshot(long id, long claimId, long at, String takenFor, EligibilityVerdict verdict, int termsIndex) {
		String explanations = String.join("\n", verdict.reasons().stream().map(Reason::explanation).toList());
		tables.verdictSnapshot.row().num(id).num(claimId).time(at).str(takenFor).str(verdict.status().name())
			.str(verdict.coverage().name())
			.str(String.join("|", verdict.reasonCodes().stream().map(Enum::name).toList()))
			.str(cut(explanations, 4000)).str(cut(verdict.summary(), 1000)).date(verdict.partsEnd())
			.date(verdict.labourEnd()).num(termsIndex + 1).end();
	}

	/**
	 * The claims whose registration is fixed in advance: the claims owner's 74 (the last of them, a few days old, is
	 * the staff claim page's: in review after a round of questions, with photos and three earlier claims on the same
	 * unit) and a dozen of the products owner's. Every other claim picks any registration (-1).
	 */
	private int[] forcedRegistrations(long[] claimTime, SplittableRandom random) {
		int count = claimTime.length;
		int[] forced = new int[count];
		Arrays.fill(forced, -1);
		int benchReg = firstRegistrationOf(CLAIMS_OWNER);
		int bench = count - 1;
		while (bench > 0 && claimTime[bench] > now - 5 * DAY) {
			bench--;
		}
		int first = 0;
		while (first < count && claimTime[first] < regTime[benchReg] + 2 * DAY) {
			first++;
		}
		int others = BenchLogins.CLAIMS_OF_CLAIMS_OWNER - 1;
		if (bench - first < others * 2) {
			throw new IllegalStateException("Too few claims to give the claims owner " + (others + 1));
		}
		forced[bench] = benchReg;
		int[] chosen = distinct(first, bench, others, random);
		for (int i = 0; i < chosen.length; i++) {
			forced[chosen[i]] = i < 3 ? benchReg : ownRegistrationBefore(CLAIMS_OWNER, claimTime[chosen[i]] - 2 * DAY,
					random);
		}
		int productsFirst = 0;
		long productsSince = regTime[firstRegistrationOf(PRODUCTS_OWNER)] + 2 * DAY;
		while (productsFirst < count && claimTime[productsFirst] < productsSince) {
			productsFirst++;
		}
		for (int c : distinct(productsFirst, count, 12, random)) {
			if (forced[c] < 0) {
				forced[c] = ownRegistrationBefore(PRODUCTS_OWNER, claimTime[c] - 2 * DAY, random);
			}
		}
		return forced;
	}

	private int ownRegistrationBefore(int owner, long before, SplittableRandom random) {
		List<Integer> candidates = new ArrayList<>();
		for (int r = 0; r < regOwner.length && regTime[r] <= before; r++) {
			if (regOwner[r] == owner) {
				candidates.add(r);
			}
		}
		if (candidates.isEmpty()) {
			throw new IllegalStateException("Owner " + owner + " had no product before the claim");
		}
		return candidates.get(random.nextInt(candidates.size()));
	}

	/** Any active registration of an ordinary owner made before {@code before} and bought before the claim. */
	private int anyRegistrationBefore(long before, long claimAt, SplittableRandom random) {
		int bound = Arrays.binarySearch(regTime, before);
		bound = bound < 0 ? -bound - 1 : bound;
		long filedDay = date(claimAt).toEpochDay();
		for (int attempt = 0; attempt < 100; attempt++) {
			int r = random.nextInt(Math.max(1, bound));
			if (!regEnded[r] && !special(regOwner[r]) && regPurchase[r] <= filedDay) {
				return r;
			}
		}
		throw new IllegalStateException("No registration before " + Instant.ofEpochSecond(before / SECOND));
	}

	/** Most claims are decided and closed; a recent tail is open, plus a few old stragglers waiting for answers. */
	private ClaimStatus status(long created, EligibilityVerdict verdict, SplittableRandom random) {
		double age = (now - created) / (double) DAY;
		double open = age < 3 ? 0.97 : age < 14 ? 0.85 : age < 30 ? 0.6 : age < 60 ? 0.2 : age < 180 ? 0.03 : 0.005;
		int roll = random.nextInt(100);
		if (random.nextDouble() < open) {
			if (age < 1) {
				return ClaimStatus.SUBMITTED;
			}
			if (age < 3) {
				return roll < 80 ? ClaimStatus.SUBMITTED : ClaimStatus.IN_REVIEW;
			}
			if (age < 60) {
				return roll < 30 ? ClaimStatus.SUBMITTED : roll < 80 ? ClaimStatus.IN_REVIEW : ClaimStatus.INFO_REQUESTED;
			}
			return roll < 10 ? ClaimStatus.SUBMITTED : roll < 40 ? ClaimStatus.IN_REVIEW : ClaimStatus.INFO_REQUESTED;
		}
		if (roll < 6) {
			return ClaimStatus.WITHDRAWN;
		}
		double closed = age > 30 ? 0.92 : age > 14 ? 0.5 : 0;
		if (random.nextDouble() < closed) {
			return ClaimStatus.CLOSED;
		}
		return verdictLeansApprove(verdict, random) ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
	}

	private static boolean verdictLeansApprove(EligibilityVerdict verdict, SplittableRandom random) {
		int percent = switch (verdict.status()) {
			case ELIGIBLE -> 92;
			case NEEDS_REVIEW -> 50;
			case NOT_ELIGIBLE -> 10;
		};
		return random.nextInt(100) < percent;
	}

	private static RejectionReason rejectionReason(EligibilityVerdict verdict, SplittableRandom random) {
		Set<ReasonCode> codes = verdict.reasonCodes();
		if (codes.contains(ReasonCode.EXCLUDED_CAUSE)) {
			return RejectionReason.EXCLUDED_CAUSE;
		}
		if (codes.contains(ReasonCode.FILED_LATE)) {
			return RejectionReason.FILED_LATE;
		}
		if (codes.contains(ReasonCode.WARRANTY_EXPIRED) || codes.contains(ReasonCode.LABOUR_EXPIRED)) {
			return RejectionReason.OUT_OF_WARRANTY;
		}
		if (codes.contains(ReasonCode.NOT_TRANSFERABLE)) {
			return RejectionReason.NOT_TRANSFERABLE;
		}
		if (codes.contains(ReasonCode.SERIAL_REPORTED_STOLEN) || codes.contains(ReasonCode.SERIAL_NOT_IN_REGISTRY)
				|| codes.contains(ReasonCode.SERIAL_MODEL_MISMATCH)) {
			return RejectionReason.SERIAL_PROBLEM;
		}
		if (codes.contains(ReasonCode.START_FROM_MANUFACTURE)) {
			return RejectionReason.NO_PROOF_OF_PURCHASE;
		}
		return random.nextInt(100) < 70 ? RejectionReason.NO_FAULT_FOUND : RejectionReason.OTHER;
	}

	/** As ClaimDecisions describes an approval in the timeline and the audit trail. */
	private static String describe(Resolution resolution, BigDecimal amount) {
		String text = resolution == Resolution.REPAIR ? "Repair." : "Refund.";
		return amount == null ? text : text + " Amount " + amount.toPlainString() + ".";
	}

	/** Squeezes the steps of a claim that is still recent so the last one happens before {@code latest}. */
	private static List<Step> fitBefore(List<Step> steps, long created, long latest) {
		long last = steps.get(steps.size() - 1).at();
		if (last <= latest) {
			return steps;
		}
		double factor = (latest - created) / (double) (last - created);
		List<Step> fitted = new ArrayList<>();
		long previous = Long.MIN_VALUE;
		for (Step step : steps) {
			long at = Math.max(created + (long) ((step.at() - created) * factor), previous + 1);
			fitted.add(new Step(at, step.type(), step.from(), step.to(), step.byOwner(), step.note()));
			previous = at;
		}
		return fitted;
	}

	private static Cause cause(SplittableRandom random) {
		int roll = random.nextInt(100);
		return roll < 88 ? OwnerCause.STOPPED_BY_ITSELF.cause()
				: roll < 93 ? OwnerCause.DROPPED_OR_DAMAGED.cause()
						: roll < 95 ? OwnerCause.NOT_USED_AS_INSTRUCTED.cause()
								: roll < 97 ? OwnerCause.REPAIRED_BY_SOMEONE_ELSE.cause()
										: OwnerCause.USED_IN_A_BUSINESS.cause();
	}

	private static String description(String component, SplittableRandom random) {
		String part = "other".equals(component) ? "unit" : component;
		StringBuilder text = new StringBuilder("The ").append(part).append(' ')
			.append(SYMPTOMS[random.nextInt(SYMPTOMS.length)]).append('.');
		for (int n = 1 + random.nextInt(3); n > 0; n--) {
			text.append(' ').append(DETAILS[random.nextInt(DETAILS.length)]);
		}
		return text.toString();
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Helpers

	/** Owner and staff names are drawn before anything else refers to them. */
	void names() {
		SplittableRandom random = random("names");
		ownerNames = new String[shape.owners()];
		for (int o = 0; o < ownerNames.length; o++) {
			ownerNames[o] = name(random);
		}
		agentNames = new String[shape.agents()];
		for (int n = 0; n < agentNames.length; n++) {
			agentNames[n] = name(random);
		}
		ownerBase = shape.staff() + 1;
	}

	private static String name(SplittableRandom random) {
		return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
	}

	/** An independent stream per part, so that changing one part of the data set leaves the others as they were. */
	private SplittableRandom random(String part) {
		return new SplittableRandom(seed * 1_000_003L + part.hashCode());
	}

	private LocalDate date(long epochMicros) {
		return LocalDate.ofInstant(Instant.ofEpochSecond(Math.floorDiv(epochMicros, SECOND)), ZONE);
	}

	private static long micros(LocalDate date, int hour) {
		return date.atTime(hour, 0).atZone(ZONE).toEpochSecond() * SECOND;
	}

	private static String cut(String text, int length) {
		return text.length() > length ? text.substring(0, length) : text;
	}

	private static String hex(long value) {
		String digits = Long.toHexString(value);
		return "0".repeat(16 - digits.length()) + digits;
	}

	private static double[] cumulative(double[] weights) {
		double total = Arrays.stream(weights).sum();
		double[] result = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] / total;
			result[i] = sum;
		}
		return result;
	}

	private static int pick(double[] cumulative, double roll) {
		for (int i = 0; i < cumulative.length; i++) {
			if (roll < cumulative[i]) {
				return i;
			}
		}
		return cumulative.length - 1;
	}

	private static int[] permutation(int size, SplittableRandom random) {
		int[] values = new int[size];
		for (int i = 0; i < size; i++) {
			values[i] = i;
		}
		shuffle(values, random);
		return values;
	}

	private static void shuffle(int[] values, SplittableRandom random) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

	/** {@code count} distinct values of [from, to), in increasing order. */
	private static int[] distinct(int from, int to, int count, SplittableRandom random) {
		Set<Integer> chosen = new HashSet<>();
		while (chosen.size() < Math.min(count, to - from)) {
			chosen.add(from + random.nextInt(to - from));
		}
		return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	/** Some of the category's components, at least {@code atLeast} of them. */
	private static String[] someOf(String[] all, int atLeast, SplittableRandom random) {
		List<String> kept = new ArrayList<>();
		for (String item : all) {
			if (random.nextInt(100) < 75) {
				kept.add(item);
			}
		}
		for (int i = 0; kept.size() < Math.min(atLeast, all.length); i++) {
			if (!kept.contains(all[i])) {
				kept.add(all[i]);
			}
		}
		return kept.toArray(String[]::new);
	}

	private static Map<String, Category> categories() {
		List<Category> list = List.of(
				new Category("Cooling", "FR", new String[] { "fridge freezer", "fridge", "freezer" },
						new String[] { "compressor", "door", "thermostat", "ice maker", "fan" }, 300, 1800,
						"Open the fridge door: the label is on the left wall, behind the salad drawer."),
				new Category("Laundry", "WM", new String[] { "washing machine", "tumble dryer", "washer dryer" },
						new String[] { "motor", "drum", "pump", "control board", "door lock" }, 250, 1200,
						"Open the door: the label is on the rim around the door opening."),
				new Category("Kitchen", "DW", new String[] { "dishwasher", "oven", "microwave", "hob" },
						new String[] { "pump", "heater", "door", "control board", "fan" }, 150, 1500,
						"Open the door: the label is on the right edge of the door."),
				new Category("TV and video", "TV", new String[] { "TV", "projector", "monitor" },
						new String[] { "panel", "power supply", "remote", "speaker", "mainboard" }, 200, 2500,
						"On the back panel, bottom right, a white sticker."),
				new Category("Audio", "SB", new String[] { "soundbar", "speaker", "amplifier" },
						new String[] { "speaker", "power supply", "amplifier", "remote" }, 60, 900,
						"Underneath, near the power socket."),
				new Category("Computers", "LT", new String[] { "laptop", "tablet", "desktop" },
						new String[] { "battery", "screen", "keyboard", "motherboard", "charger" }, 300, 2200,
						"Underneath, on the sticker next to the rubber feet."),
				new Category("Phones", "PH", new String[] { "phone" },
						new String[] { "battery", "screen", "camera", "charging port" }, 150, 1300,
						"Settings, About: the serial number is listed there and on the box."),
				new Category("Headphones", "HP", new String[] { "headphones", "earbuds" },
						new String[] { "battery", "speaker", "charging case" }, 40, 400,
						"Inside the charging case lid, in small print."),
				new Category("Tools", "TL", new String[] { "drill", "saw", "sander" },
						new String[] { "motor", "battery", "charger", "switch" }, 50, 500,
						"On the handle, a silver sticker under the battery."),
				new Category("Garden", "GD", new String[] { "lawn mower", "hedge trimmer" },
						new String[] { "motor", "blade", "battery" }, 80, 900, "On the deck, next to the handle bar."),
				new Category("Climate", "AC", new String[] { "air conditioner", "heat pump", "dehumidifier" },
						new String[] { "compressor", "fan", "control board", "filter" }, 200, 2500,
						"On the side panel, behind the air filter."),
				new Category("Cleaning", "VC", new String[] { "vacuum cleaner", "robot vacuum", "steam mop" },
						new String[] { "motor", "battery", "brush", "filter" }, 80, 800,
						"Underneath, beside the wheels."));
		Map<String, Category> byName = new HashMap<>();
		list.forEach(category -> byName.put(category.name(), category));
		return byName;
	}
}
