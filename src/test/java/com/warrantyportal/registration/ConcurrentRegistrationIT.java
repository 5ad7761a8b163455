package com.warrantyportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.warrantyportal.account.Account;
import com.warrantyportal.files.FileRejectedException;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;
import com.warrantyportal.unit.SerialNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Registrations of one serial that arrive at the same instant end as they would one after the other: one owner
 * registers it, the other asks for a transfer; the same owner sending the form twice gets one product.
 */
class ConcurrentRegistrationIT extends MySqlIntegrationTest {

	private static final int ROUNDS = 12;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerProducts products;

	@Autowired
	JdbcTemplate jdbc;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	private RegisterProduct tv(Account owner, Catalogue catalogue, String serial) {
		return new RegisterProduct(owner.getId(), catalogue.tv().getId(), serial, LocalDate.now().minusDays(10),
				"Test shop", null, null);
	}

	/** Both registrations start together, released by one barrier; each returns its outcome or its exception. */
	private List<Object> atOnce(RegisterProduct first, RegisterProduct second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<Object>> running = new ArrayList<>();
		for (RegisterProduct command : List.of(first, second)) {
			Callable<Object> register = () -> {
				start.await(10, TimeUnit.SECONDS);
				try {
					return products.register(command);
				}
				catch (RuntimeException ex) {
					return ex;
				}
			};
			running.add(pool.submit(register));
		}
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> each : running) {
			outcomes.add(each.get(60, TimeUnit.SECONDS));
		}
		return outcomes;
	}

	@Test
	void twoOwnersRegisteringTheSameNewSerialTogetherGetOneRegistrationAndOneTransferRequest() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		for (int round = 0; round < ROUNDS; round++) {
			Account first = fixtures.owner();
			Account second = fixtures.owner();
			String serial = "TV" + Fixtures.unique();

			List<Object> outcomes = atOnce(tv(first, catalogue, serial), tv(second, catalogue, serial));

			assertThat(outcomes).as("round %d", round).doesNotHaveAnyElementsOfTypes(RuntimeException.class);
			assertThat(outcomes).filteredOn(RegistrationOutcome.Registered.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(RegistrationOutcome.TransferRequested.class::isInstance).hasSize(1);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit u JOIN registration r ON r.unit_id = u.id "
					+ "WHERE u.manufacturer_id = ? AND u.serial_key = ?", Integer.class,
					catalogue.plainMaker().getId(), SerialNumber.of(serial).key())).isEqualTo(1);
		}
	}

	@Test
	void oneOwnerSendingTheFormTwiceAtOnceGetsOneProduct() throws Exception {
		Catalogue catalogue = fixtures.catalogue();
		for (int round = 0; round < ROUNDS / 2; round++) {
			Account owner = fixtures.owner();
			String serial = "TV" + Fixtures.unique();

			List<Object> outcomes = atOnce(tv(owner, catalogue, serial), tv(owner, catalogue, serial));

			assertThat(outcomes).as("round %d", round).doesNotHaveAnyElementsOfTypes(RuntimeException.class);
			assertThat(outcomes).filteredOn(RegistrationOutcome.Registered.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(RegistrationOutcome.Refused.class::isInstance)
				.singleElement()
				.satisfies(refused -> assertThat(((RegistrationOutcome.Refused) refused).problems())
					.extracting(RegistrationProblem::code)
					.containsExactly("product.serial.alreadyYours"));
		}
	}

	@Test
	void aRegistrationWhoseReceiptIsRefusedLeavesNoUnitBehind() {
		Catalogue catalogue = fixtures.catalogue();
		Account owner = fixtures.owner();
		String serial = "TV" + Fixtures.unique();
		RegisterProduct withAProgramAsReceipt = new RegisterProduct(owner.getId(), catalogue.tv().getId(), serial,
				LocalDate.now().minusDays(10), "Test shop", null,
				new MockMultipartFile("proof", "receipt.pdf", "application/pdf", "MZ not a receipt".getBytes()));

		assertThatThrownBy(() -> products.register(withAProgramAsReceipt)).isInstanceOf(FileRejectedException.class);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE manufacturer_id = ? AND serial_key = ?",
				Integer.class, catalogue.plainMaker().getId(), SerialNumber.of(serial).key())).isZero();
	}
}
