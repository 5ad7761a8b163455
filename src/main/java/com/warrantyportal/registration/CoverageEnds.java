package com.warrantyportal.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.warrantyportal.catalog.TermsInForce;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.eligibility.CoveragePeriod;
import com.warrantyportal.registration.internal.RegistrationRepository;
import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.Unit;
import com.warrantyportal.unit.UnitService;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage ends coming up for active registrations, a page of units at a time (keyset on the unit id), as the
 * owners' product pages compute them: what coverage reminders are sent for. Units reported stolen and removed
 * registrations are left out; so are ends already past or further away than asked.
 */
@Service
@Transactional(readOnly = true)
public class CoverageEnds {

	/** One product with the ends of its coverage coming up. {@code extended}: the unit has extended plans. */
	public record Product(long registrationId, long ownerId, String product, String serial, boolean extended,
			List<End> ends) {
	}

	/**
	 * A day a coverage line ends. {@code line} names it: {@code PARTS}, {@code LABOUR} or {@code ALL} (both end that
	 * day), followed by {@code :component} for a component's own line.
	 */
	public record End(String line, String what, String component, LocalDate endsOn) {
	}

	/** A page of products and the unit id to ask the next page after (null when this was the last). */
	public record Page(List<Product> products, Long next) {
	}

	private final RegistrationRepository registrations;

	private final CatalogService catalog;

	private final UnitService units;

	CoverageEnds(RegistrationRepository registrations, CatalogService catalog, UnitService units) {
		this.registrations = registrations;
		this.catalog = catalog;
		this.units = units;
	}

	/**
	 * The products of up to {@code size} units after the given unit id whose coverage has an end after today and at
	 * most {@code withinDays} days away. Six queries a page, whatever its size, each by primary or unique key.
	 */
	public Page after(long afterUnitId, int size, LocalDate today, int withinDays) {
		List<Long> unitIds = registrations.findActiveUnitIdsAfter(afterUnitId, PageRequest.of(0, size));
		if (unitIds.isEmpty()) {
			return new Page(List.of(), null);
		}
		Long next = unitIds.size() < size ? null : unitIds.get(unitIds.size() - 1);
		// Each table read on its own by primary or unique key: joined, the database picks a plan that reads them all.
		List<Registration> active = registrations.findByActiveUnitIdIn(unitIds);
		Map<Long, Unit> ofUnits = units.findAll(unitIds);
		Map<Long, ProductModel> models = catalog
			.findModels(ofUnits.values().stream().map(Unit::getModelId).collect(Collectors.toSet()));
		TermsInForce terms = catalog.termsInForce(models.keySet());
		Map<Long, Integer> extendedMonths = units.extendedMonths(unitIds);
		LocalDate horizon = today.plusDays(withinDays);
		List<Product> products = new ArrayList<>();
		for (Registration registration : active) {
			Unit unit = ofUnits.get(registration.getUnitId());
			if (unit == null || unit.getSerialStatus() == SerialStatus.STOLEN) {
				continue;
			}
			ProductModel model = models.get(unit.getModelId());
			int extended = extendedMonths.getOrDefault(unit.getId(), 0);
			List<CoveragePeriod> coverage = CoveragePeriod.forEveryLine(
					terms.on(unit.getModelId(), registration.getPurchaseDate()), extended,
					registration.getPurchaseDate(), registration.countsFromPurchase(), unit.getManufactureDate(),
					registration.getRegisteredOn());
			List<End> ends = ends(coverage).stream()
				.filter(end -> end.endsOn().isAfter(today) && !end.endsOn().isAfter(horizon))
				.toList();
			if (!ends.isEmpty()) {
				products.add(new Product(registration.getId(), registration.getOwnerId(),
						model.getModelNumber() + " " + model.getName(), unit.getSerialDisplay(), extended > 0, ends));
			}
		}
		return new Page(products, next);
	}

	/**
	 * Every end of the lines: the catch-all line's parts and labour ends, then each component line's where it differs
	 * from the catch-all line's (a component's longer parts cover, a shorter labour cover). Parts and labour ending
	 * the same day are one end.
	 */
	static List<End> ends(List<CoveragePeriod> coverage) {
		Map<String, End> ends = new LinkedHashMap<>();
		CoveragePeriod any = coverage.get(0);
		for (CoveragePeriod line : coverage) {
			if (!line.hasStart()) {
				continue;
			}
			boolean catchAll = line == any;
			String component = catchAll ? null : line.line().component();
			String suffix = catchAll ? "" : ":" + component;
			boolean ownParts = catchAll || !line.partsEnd().equals(any.partsEnd());
			boolean ownLabour = catchAll || !line.labourEnd().equals(any.labourEnd());
			if (line.partsEnd().equals(line.labourEnd()) && ownParts && ownLabour) {
				ends.put("ALL" + suffix, new End("ALL" + suffix, "ALL", component, line.partsEnd()));
				continue;
			}
			if (ownParts) {
				ends.put("PARTS" + suffix, new End("PARTS" + suffix, "PARTS", component, line.partsEnd()));
			}
			if (ownLabour) {
				ends.put("LABOUR" + suffix, new End("LABOUR" + suffix, "LABOUR", component, line.labourEnd()));
			}
		}
		return List.copyOf(ends.values());
	}
}
