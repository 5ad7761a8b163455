package com.warrantyportal.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
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

	private static final String REGISTERED = "Registered to an owner";

	private static final String FREE = "Not reported stolen, and not currently registered to anyone";

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
			.andExpect(content().string(not(containsString(owner.getEmail()))));
	}

	@Test
	void aUnitReportedStolenIsFlaggedEvenWhenRegistered() throws Exception {
		String typed = "ST-" + Fixtures.unique();
		products.reportStolen(owner.getId(), register(catalogue, typed).getId());
		check(typed).andExpect(content().string(containsString(STOLEN)))
			.andExpect(content().string(not(containsString(REGISTERED))));
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
