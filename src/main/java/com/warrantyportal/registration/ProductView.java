package com.warrantyportal.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.warrantyportal.eligibility.CoveragePeriod;
import com.warrantyportal.unit.SerialStatus;

/**
 * One of an owner's products as their pages show it: the model, the unit, the purchase and the warranty it has today.
 *
 * @param coverage the coverage of every line of the model's terms in force on the purchase date; the first is {@code *}
 * @param openRecalls the open recall campaigns covering the unit, as "title: remedy"
 * @param labelPhotoFileId the owner's photo of the serial label, from their device book; null when none
 * @param notes the owner's notes in their device book; null when none
 */
public record ProductView(long registrationId, long version, long unitId, String manufacturer, String modelNumber,
		String modelName, List<String> components, String serial, SerialStatus serialStatus,
		LocalDate manufactureDate, LocalDate purchaseDate, String retailer, BigDecimal price, Long proofFileId,
		boolean proofVerified, boolean originalPurchaser, LocalDate registeredOn, List<CoveragePeriod> coverage,
		WarrantyState warrantyState, boolean claimOpen, List<String> openRecalls, LocalDate acquiredOn,
		String acquiredFrom, List<String> possibleRecalls, long modelId, long manufacturerId, Long labelPhotoFileId,
		String notes) {

	/** Bought second-hand and taken over by a transfer: the coverage is the unit's, from its first sale. */
	public boolean secondHand() {
		return acquiredOn != null;
	}

	/** Where the warranty (the {@code *} line's parts cover) stands today. */
	public enum WarrantyState {
		IN_WARRANTY, ENDS_SOON, PARTS_ONLY, EXPIRED, NOT_STARTED, UNKNOWN
	}

	/** Days before the end at which the list warns that a warranty ends soon. */
	public static final int ENDS_SOON_DAYS = 60;

	public CoveragePeriod mainCoverage() {
		return coverage.get(0);
	}

	public LocalDate partsEnd() {
		return mainCoverage().partsEnd();
	}

	public LocalDate labourEnd() {
		return mainCoverage().labourEnd();
	}

	public boolean openRecall() {
		return !openRecalls.isEmpty();
	}

	public boolean stolen() {
		return serialStatus == SerialStatus.STOLEN;
	}

	/**
	 * What the owner's pages flag beside the warranty state, most serious first: an open recall (or a possible one),
	 * a theft report, a serial still being checked, an open claim. Worked out here once per product rather than by a
	 * condition per flag in every row of the list.
	 */
	public List<Flag> flags() {
		List<Flag> flags = new ArrayList<>(2);
		if (openRecall()) {
			flags.add(new Flag("bad", "Open recall"));
		}
		else if (!possibleRecalls.isEmpty()) {
			flags.add(new Flag("warn", "Possibly recalled"));
		}
		if (stolen()) {
			flags.add(new Flag("bad", "Reported stolen"));
		}
		if (serialStatus == SerialStatus.UNKNOWN) {
			flags.add(new Flag("warn", "Serial being checked"));
		}
		if (claimOpen) {
			flags.add(new Flag("info", "Claim open"));
		}
		return flags;
	}

	/** A flag as a badge: its tone (the badge's class: bad, warn, info) and its text. */
	public record Flag(String tone, String text) {
	}
}
