package com.warrantyportal.bench;

/**
 * How the page benchmark finds what it requests in a generated data set. {@code docs/bench/pages.sh} runs the same
 * queries; change both together.
 */
final class BenchPicks {

	/** The serial of the products owner's first product: a registered unit, checked at {@code /check}. */
	static final String SERIAL = "SELECT u.serial_display FROM registration r JOIN unit u ON u.id = r.unit_id "
			+ "JOIN account a ON a.id = r.owner_id WHERE a.email = '" + BenchLogins.PRODUCTS_OWNER
			+ "' ORDER BY r.id LIMIT 1";

	/**
	 * The claims owner's latest claim: in review after a round of questions, with photos, a receipt, a registry
	 * entry and earlier claims on the same unit, so the staff claim page shows every section.
	 */
	static final String STAFF_CLAIM = "SELECT c.claim_number FROM claim c JOIN account a ON a.id = c.owner_id "
			+ "WHERE a.email = '" + BenchLogins.CLAIMS_OWNER + "' AND c.status = 'IN_REVIEW' ORDER BY c.id DESC LIMIT 1";

	/** The claims the staff queue shows by default (every open claim). */
	static final String OPEN_CLAIMS = "SELECT COUNT(*) FROM claim WHERE status IN ('SUBMITTED', 'IN_REVIEW', "
			+ "'INFO_REQUESTED')";

	private BenchPicks() {
	}
}
