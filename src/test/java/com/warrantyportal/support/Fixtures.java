package com.warrantyportal.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.AccountService;
import com.warrantyportal.account.PortalUser;
import com.warrantyportal.account.Role;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.eligibility.CoverageLine;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationOutcome;
import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialRegistryEntry;
import com.warrantyportal.unit.UnitService;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Builds what integration tests need through the real services, with unique names so tests sharing one database
 * never collide: owners, a catalogue with a serial registry, registered products.
 */
@TestComponent
public class Fixtures {

	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	public static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();

	private final AccountService accounts;

	private final CatalogService catalog;

	private final UnitService units;

	private final OwnerProducts products;

	public Fixtures(AccountService accounts, CatalogService catalog, UnitService units, OwnerProducts products) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.units = units;
		this.products = products;
	}

	/** A catalogue of one manufacturer with a registry and serial format, and one without either. */
	public record Catalogue(Manufacturer registryMaker, ProductModel fridge, ProductModel washer,
			Manufacturer plainMaker, ProductModel tv, String prefix) {

		/** A serial of the registry maker's format ({@code yyww} + 2 letters + 5 digits) that is in its registry. */
		public String registeredFridgeSerial(int n) {
			return "2411" + prefix + "%05d".formatted(n);
		}
	}

	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** The password of every account these fixtures create. */
	public static final String PASSWORD = "violet tractor sings at noon";

	public Account owner() {
		return accounts.create("owner-" + unique() + "@example.com", PASSWORD, "Test Owner", Role.OWNER);
	}

	public Account staff(Role role) {
		return accounts.create(role.name().toLowerCase() + "-" + unique() + "@example.com", PASSWORD, "Test " + role,
				role);
	}

	public static PortalUser user(Account account) {
		return new PortalUser(account.getId(), account.getEmail(), "{noop}x", account.getDisplayName(),
				account.getRole(), true);
	}

	public Catalogue catalogue() {
		String id = unique();
		// Two letters unique enough per catalogue, from the random id (digits mapped to letters).
		String prefix = id.substring(0, 2).toUpperCase().chars().map(c -> Character.isDigit(c) ? 'A' + (c - '0') : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		Manufacturer registryMaker = catalog.addManufacturer(new Manufacturer("Frost " + id,
				"(?<year>\\d{2})(?<week>\\d{2})[A-Z]{2}\\d{5}", "2411NF00042", true));
		Manufacturer plainMaker = catalog.addManufacturer(new Manufacturer("Bright " + id, null, null, false));
		WarrantyTerms fridgeTerms = new WarrantyTerms(
				List.of(new CoverageLine("*", 24, 24), new CoverageLine("compressor", 120, 12)), true, 30, 90, 0, 30);
		ProductModel fridge = catalog.addModel(new ProductModel(registryMaker.getId(), "FR-" + id, "Test fridge",
				"Cooling", LocalDate.of(2022, 1, 1), "Inside, left wall.", List.of("compressor", "door")),
				LocalDate.of(2020, 1, 1), fridgeTerms, "test");
		ProductModel washer = catalog.addModel(new ProductModel(registryMaker.getId(), "WM-" + id, "Test washer",
				"Laundry", LocalDate.of(2022, 1, 1), "Door rim.", List.of("drum", "pump")), LocalDate.of(2020, 1, 1),
				WarrantyTerms.DEFAULT, "test");
		ProductModel tv = catalog.addModel(new ProductModel(plainMaker.getId(), "TV-" + id, "Test TV", "TV",
				LocalDate.of(2023, 6, 1), "Back panel.", List.of("panel", "remote")), LocalDate.of(2020, 1, 1),
				WarrantyTerms.DEFAULT, "test");
		for (int n = 1; n <= 5; n++) {
			units.addToRegistry(new SerialRegistryEntry(registryMaker.getId(),
					SerialNumber.of("2411" + prefix + "%05d".formatted(n)), fridge.getId(), LocalDate.of(2024, 3, 11)));
		}
		units.addToRegistry(new SerialRegistryEntry(registryMaker.getId(),
				SerialNumber.of("2411" + prefix + "%05d".formatted(99)), washer.getId(), LocalDate.of(2024, 3, 11)));
		return new Catalogue(registryMaker, fridge, washer, plainMaker, tv, prefix);
	}

	/** Registers a TV (no registry, no format) for the owner, bought the given date, with a PDF receipt. */
	public Registration registeredTv(Account owner, Catalogue catalogue, LocalDate purchased) {
		RegistrationOutcome outcome = products.register(new RegisterProduct(owner.getId(), catalogue.tv().getId(),
				"TV" + unique(), purchased, "Test shop", new BigDecimal("499.00"),
				new MockMultipartFile("proof", "receipt.pdf", "application/pdf", PDF)));
		return ((RegistrationOutcome.Registered) outcome).registration();
	}
}
