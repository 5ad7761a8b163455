package com.warrantyportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.Fixtures.Catalogue;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The device book of a product: the owner's label photo, documents and notes on the product page, the printable sheet,
 * and nobody else reaching any of it.
 */
@AutoConfigureMockMvc
class DeviceBookIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DeviceBook deviceBook;

	@Autowired
	JdbcTemplate jdbc;

	Catalogue catalogue;

	Account owner;

	Registration product;

	@BeforeEach
	void setUp() {
		catalogue = fixtures.catalogue();
		owner = fixtures.owner();
		product = fixtures.registeredTv(owner, catalogue, LocalDate.of(2025, 2, 1));
	}

	private String page(Account who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(user(Fixtures.user(who))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockMultipartHttpServletRequestBuilder labelPhoto(byte[] content, String name) {
		MockMultipartHttpServletRequestBuilder request = multipart("/my/products/{id}/label-photo", product.getId());
		request.file(new MockMultipartFile("photo", name, "image/png", content)).with(csrf());
		return request;
	}

	private MockMultipartHttpServletRequestBuilder document(String title, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/my/products/{id}/documents", product.getId());
		request.file(new MockMultipartFile("file", "report.pdf", "application/pdf", content))
			.param("title", title)
			.with(csrf());
		return request;
	}

	private AbstractMockHttpServletRequestBuilder<?> notes(long version, String text) {
		return post("/my/products/{id}/notes", product.getId()).param("version", String.valueOf(version))
			.param("notes", text)
			.with(csrf());
	}

	private long version() {
		return jdbc.queryForObject("SELECT version FROM registration WHERE id = ?", Long.class, product.getId());
	}

	private Long labelPhotoId() {
		return jdbc.queryForObject("SELECT label_photo_file_id FROM registration WHERE id = ?", Long.class,
				product.getId());
	}

	@Test
	void theOwnerKeepsALabelPhotoDocumentsAndNotesWithTheProduct() throws Exception {
		mvc.perform(labelPhoto(Fixtures.PNG, "label.png").with(user(Fixtures.user(owner))))
			.andExpect(status().isFound());
		long first = labelPhotoId();
		mvc.perform(labelPhoto(Fixtures.PNG, "closer.png").with(user(Fixtures.user(owner))))
			.andExpect(status().isFound());
		long replaced = labelPhotoId();
		assertThat(replaced).isNotEqualTo(first);
		mvc.perform(document("Service report 2025", Fixtures.PDF).with(user(Fixtures.user(owner))))
			.andExpect(status().isFound());
		mvc.perform(notes(version(), "Installed under the stairs.\r\nFilter: type B.").with(user(Fixtures.user(owner))))
			.andExpect(status().isFound());

		String shown = page(owner, get("/my/products/{id}", product.getId()));
		assertThat(shown).contains("src=\"/my/files/" + replaced + "\"")
			.contains("Service report 2025")
			.contains("Installed under the stairs.\nFilter: type B.")
			.contains("maxlength=\"2000\"")
			.contains("Spare parts");
		// One file input per form: a fragment selector also matches element names, which once doubled them.
		assertThat(shown.split("type=\"file\"", -1)).hasSize(1 + 2);
		long documentFile = deviceBook.of(owner.getId(), product.getId()).documents().get(0).file().getId();
		mvc.perform(get("/my/files/{id}", replaced).with(user(Fixtures.user(owner)))).andExpect(status().isOk());
		mvc.perform(get("/my/files/{id}", documentFile).with(user(Fixtures.user(owner)))).andExpect(status().isOk());

		String sheet = page(owner, get("/my/products/{id}/sheet", product.getId()));
		assertThat(sheet).contains(catalogue.tv().getModelNumber())
			.contains("Test shop")
			.contains("499.00")
			.contains("Parts until")
			.contains("Service report 2025")
			.contains("Installed under the stairs.")
			.contains("class=\"no-print\"");
	}

	@Test
	void wrongFilesMissingTitlesAndLongNotesAreRefusedBesideTheirFields() throws Exception {
		assertThat(page(owner, labelPhoto(Fixtures.PDF, "label.pdf"))).contains("is not a JPEG or PNG picture")
			.contains("id=\"photo-error\"");
		assertThat(page(owner, document("Manual", Fixtures.PNG))).contains("is not a PDF").contains("id=\"file-error\"");
		assertThat(page(owner, document(" ", Fixtures.PDF))).contains("Give the document a title")
			.contains("id=\"title-error\"");
		assertThat(page(owner, notes(version(), "x".repeat(2001)))).contains("Notes can be at most 2000 characters");
		assertThat(labelPhotoId()).isNull();
		assertThat(deviceBook.of(owner.getId(), product.getId()).documents()).isEmpty();
		assertThat(deviceBook.of(owner.getId(), product.getId()).notes()).isNull();

		// 1000 line breaks sent as CR LF are 1000 characters in the page's count, and so on the server.
		mvc.perform(notes(version(), "a\r\n".repeat(666) + "end").with(user(Fixtures.user(owner))))
			.andExpect(status().isFound());
	}

	@Test
	void notesChangedElsewhereSinceThePageWasLoadedAreNotOverwritten() throws Exception {
		long loaded = version();
		mvc.perform(notes(loaded, "Written in the first window").with(user(Fixtures.user(owner))))
			.andExpect(status().isFound());

		String refused = page(owner, notes(loaded, "Written in the second window"));

		assertThat(refused).contains("changed elsewhere")
			.contains("Written in the second window")
			.contains("Written in the first window")
			.contains("name=\"version\" value=\"" + version() + "\"");
		assertThat(deviceBook.of(owner.getId(), product.getId()).notes()).isEqualTo("Written in the first window");
	}

	@Test
	void anotherOwnerReachesNoneOfTheDeviceBook() throws Exception {
		mvc.perform(labelPhoto(Fixtures.PNG, "label.png").with(user(Fixtures.user(owner))));
		mvc.perform(document("Private report", Fixtures.PDF).with(user(Fixtures.user(owner))));
		mvc.perform(notes(version(), "Spare key in the drawer").with(user(Fixtures.user(owner))));
		long photo = labelPhotoId();
		DeviceBook.Document doc = deviceBook.of(owner.getId(), product.getId()).documents().get(0);
		Account other = fixtures.owner();

		for (AbstractMockHttpServletRequestBuilder<?> request : java.util.List.<AbstractMockHttpServletRequestBuilder<?>>of(get("/my/products/{id}", product.getId()),
				get("/my/products/{id}/sheet", product.getId()), get("/my/files/{id}", photo),
				get("/my/files/{id}", doc.file().getId()), notes(version(), "Mine now"),
				labelPhoto(Fixtures.PNG, "mine.png"), document("Mine", Fixtures.PDF),
				post("/my/products/{id}/documents/{d}/remove", product.getId(), doc.id()).with(csrf()))) {
			mvc.perform(request.with(user(Fixtures.user(other)))).andExpect(status().isNotFound());
		}
		DeviceBook.Contents book = deviceBook.of(owner.getId(), product.getId());
		assertThat(book.notes()).isEqualTo("Spare key in the drawer");
		assertThat(book.labelPhoto().getId()).isEqualTo(photo);
		assertThat(book.documents()).extracting(DeviceBook.Document::title).containsExactly("Private report");

		// Staff reviewing claims may open the label photo, as they open receipts; the owner's own PDFs stay theirs.
		Account agent = fixtures.staff(Role.AGENT);
		mvc.perform(get("/staff/files/{id}", photo).with(user(Fixtures.user(agent)))).andExpect(status().isOk());
		mvc.perform(get("/staff/files/{id}", doc.file().getId()).with(user(Fixtures.user(agent))))
			.andExpect(status().isNotFound());

		mvc.perform(post("/my/products/{id}/documents/{d}/remove", product.getId(), doc.id()).with(csrf())
			.with(user(Fixtures.user(owner)))).andExpect(status().isFound());
		assertThat(deviceBook.of(owner.getId(), product.getId()).documents()).isEmpty();
	}
}
