package com.warrantyportal.bench;

/**
 * The accounts of the bench data set that people and scripts sign in with. {@code docs/bench/pages.sh} uses the same
 * addresses; change both together.
 */
final class BenchLogins {

	/** The password of every generated account, staff and owners alike. */
	static final String PASSWORD = "bench-password-1";

	/**
	 * {@link #PASSWORD} hashed once with the portal's encoder (delegating, bcrypt cost 10). Hashing 300,000 passwords
	 * would take longer than the rest of the generation; one shared hash signs in exactly like a real one.
	 */
	static final String PASSWORD_HASH = "{bcrypt}$2a$10$KU4R4QUJ/GlNxwA1RqbRKOlc9d2Su8OmbGab8D9tJ4GHOVC6JwY1S";

	static final String ADMIN = "admin@bench.example";

	static final String SUPERVISOR = "supervisor@bench.example";

	static final String AGENT = "agent@bench.example";

	/** The owner with exactly {@link #PRODUCTS_OF_PRODUCTS_OWNER} active products: the owner products page. */
	static final String PRODUCTS_OWNER = "products.owner@bench.example";

	static final int PRODUCTS_OF_PRODUCTS_OWNER = 100;

	/** The owner with exactly {@link #CLAIMS_OF_CLAIMS_OWNER} claims: the owner claims page and the staff claim page. */
	static final String CLAIMS_OWNER = "claims.owner@bench.example";

	static final int CLAIMS_OF_CLAIMS_OWNER = 74;

	static final int PRODUCTS_OF_CLAIMS_OWNER = 20;

	/** Owners without claims who file the benchmark's claims, so that no one owner piles up hundreds of them. */
	static final int FILERS = 16;

	static final int PRODUCTS_OF_FILER = 2;

	private BenchLogins() {
	}

	static String agent(int n) {
		return n == 1 ? AGENT : "agent" + n + "@bench.example";
	}

	static String supervisor(int n) {
		return n == 1 ? SUPERVISOR : "supervisor" + n + "@bench.example";
	}

	static String admin(int n) {
		return n == 1 ? ADMIN : "admin" + n + "@bench.example";
	}

	static String filer(int n) {
		return "filer%02d@bench.example".formatted(n);
	}

	static String owner(int n) {
		return "owner%07d@bench.example".formatted(n);
	}
}
