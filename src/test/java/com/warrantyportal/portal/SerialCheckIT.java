package com.warrantyportal.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.registration.OwnerProducts;
import com.warrantyportal.registration.RegisterProduct;
import com.warrantyportal.registration.Registration;
import com.warrantyportal.registration.RegistrationOutcome;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What the public serial check tells a buyer, on the real database: the same answers whatever the query. */
@AutoConfigureMockMvc
class SerialCheckIT extends MySqlIntegrationTest {

	private static final String STOLEN = "Reported stolen or lost";

	/** A registered unit with its receipt has a dated warranty band. */
	private static final String REGISTERED = "parts covered until";

	private static final String FREE = "Not known: the product is not registered with us";

	private static final String NOTHING = "No product with this serial number is registered with us";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OwnerProducts products;

	Catalogue catalogue;

	Account owner;

	String serial;

	@BeforeEach
	void aRegisteredTv() {
		catalogue = fixtures.catalogue();
		owner = fixtures.owner();
		serial = "CK-" + Fixtures.unique() + "-7";
		register(catalogue, serial);
	}

	private Registration register(Catalogue where, String typed) {
		RegistrationOutcome outcome = products.register(new RegisterProduct(owner.getId(), where.tv().getId(), typed,
				LocalDate.now().minusMonths(2), "Test shop", new BigDecimal("300.00"),
				new MockMultipartFile("proof", "receipt.pdf", "application/pdf", Fixtures.PDF)));
		return ((RegistrationOutcome.Registered) outcome).registration();
	}

	private ResultActions check(String typed) throws Exception {
		return mvc.perform(get("/check").param("serial", typed)).andExpect(status().isOk());
	}

	@Test
	void aRegisteredUnitIsNamedByItsModelWithoutItsOwner() throws Exception {
		check(serial.toLowerCase().replace("-", " ")).andExpect(content().string(containsString(REGISTERED)))
			.andExpect(content().string(containsString(catalogue.plainMaker().getName() + " "
					+ catalogue.tv().getModelNumber())))
			.andExpect(content().string(containsString("Test TV")))
			.andExpect(content().string(not(containsString(owner.getDisplayName()))))
			.andExpect(content().string(not(containsString(owner.getEmail()))))
			// By month only: the purchase date itself is the owner's.
			.andExpect(content().string(not(containsString(
					new com.warrantyportal.infrastructure.web.DisplayDates(java.time.Clock.systemUTC())
						.date(LocalDate.now().minusMonths(2))))))
			.andExpect(content().string(containsString("This manufacturer keeps no public registry")))
			.andExpect(content().string(containsString("passes to a new owner")))
			.andExpect(content().string(containsString("No open recall")));
	}

	@Test
	void theRegistryAnswerSaysWhetherTheManufacturerListsTheSerialForThisModel() throws Exception {
		RegistrationOutcome outcome = products.register(new RegisterProduct(owner.getId(),
				catalogue.fridge().getId(), catalogue.registeredFridgeSerial(1), LocalDate.now().minusMonths(1),
				"Test shop", new BigDecimal("800.00"), null));
		assertThat(outcome).isInstanceOf(RegistrationOutcome.Registered.class);
		check(catalogue.registeredFridgeSerial(1))
			.andExpect(content().string(containsString("Lists this serial for this model")))
			// No receipt: dated from the manufacture date the registry gives, compressor line included.
			.andExpect(content().string(containsString("Compressor")));
	}

	@Test
	void aUnitReportedStolenIsFlaggedEvenWhenRegistered() throws Exception {
		String typed = "ST-" + Fixtures.unique();
		products.reportStolen(owner.getId(), register(catalogue, typed).getId());
		check(typed).andExpect(content().string(containsString(STOLEN)));
	}

	@Test
	void aUnitNoLongerRegisteredIsFreeToBuy() throws Exception {
		String typed = "RM-" + Fixtures.unique();
		products.remove(owner.getId(), register(catalogue, typed).getId());
		check(typed).andExpect(content().string(containsString(FREE)));
	}

	@Test
	void anUnknownSerialIsNotAWarning() throws Exception {
		check("NO-" + Fixtures.unique()).andExpect(content().string(containsString(NOTHING)))
			.andExpect(content().string(not(containsString(STOLEN))));
	}

	@Test
	void theSameSerialOfTwoManufacturersGivesTwoAnswers() throws Exception {
		Catalogue other = fixtures.catalogue();
		Registration second = register(other, serial);
		products.reportStolen(owner.getId(), second.getId());
		check(serial).andExpect(content().string(containsString(catalogue.plainMaker().getName())))
			.andExpect(content().string(containsString(other.plainMaker().getName())))
			.andExpect(content().string(containsString(REGISTERED)))
			.andExpect(content().string(containsString(STOLEN)));
	}

	@Test
	void aBlankSerialAsksForOne() throws Exception {
		check("  - ").andExpect(content().string(containsString("Enter the serial number")));
	}
}
