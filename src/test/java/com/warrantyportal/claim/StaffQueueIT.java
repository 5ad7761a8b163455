package com.warrantyportal.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;
import com.warrantyportal.catalog.CatalogAdmin;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.ModelDetails;
import com.warrantyportal.catalog.ModelNumber;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.eligibility.Cause;
import com.warrantyportal.eligibility.VerdictStatus;
import com.warrantyportal.eligibility.WarrantyTerms;
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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff queue's filters and keyset pagination on the real database: statuses merged in order across pages, the
 * model and manufacturer copied onto each claim, the typed model filter and its suggestions, the status counts; the
 * due, model number and status orders paged by their own cursors, and the headers that sort.
 */
@AutoConfigureMockMvc
class StaffQueueIT extends MySqlIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	CatalogService catalog;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ClaimService claims;

	@Autowired
	StaffQueue queue;

	@Autowired
	ClaimDecisions staff;

	@Autowired
	StaffClaimPage page;

	@Autowired
	CatalogAdmin catalogAdmin;

	@Autowired
	OwnerProducts products;

	Catalogue catalogue;

	Account agent;

	List<String> filed = new ArrayList<>();

	@BeforeEach
	void sixtyClaimsOnOneModel() {
		catalogue = fixtures.catalogue();
		agent = fixtures.staff(Role.AGENT);
		Account owner = fixtures.owner();
		Registration tv = fixtures.registeredTv(owner, catalogue, LocalDate.now().minusMonths(3));
		for (int i = 0; i < 60; i++) {
			filed.add(claims.file(tv.getId(), tv.getUnitId(), owner.getId(), "Owner", LocalDate.now().minusDays(1),
					"panel", Cause.DEFECT, "Claim number " + i + " of the queue test.").getNumber());
		}
	}

	private <T> T asAgent(Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(Fixtures.user(agent), null, Fixtures.user(agent).getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private StaffQueue.Filter model(boolean newestFirst) {
		return new StaffQueue.Filter(null, false, null, null, catalogue.tv().getId(), null, false, false, newestFirst);
	}

	private StaffQueue.Filter model(ClaimStatus status, boolean all, boolean newestFirst) {
		return new StaffQueue.Filter(status, all, null, null, catalogue.tv().getId(), null, false, false, newestFirst);
	}

	/** Every row of every page, following the cursors. */
	private List<String> walk(StaffQueue.Filter filter) {
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			String after = cursor;
			StaffQueue.Page page = asAgent(() -> queue.page(filter, agent.getId(), after));
			page.rows().forEach(row -> seen.add(row.number()));
			cursor = page.next().orElse(null);
		}
		while (cursor != null);
		return seen;
	}

	private static List<String> reversed(List<String> numbers) {
		List<String> reversed = new ArrayList<>(numbers);
		java.util.Collections.reverse(reversed);
		return reversed;
	}

	private void move(String number, ClaimStatus... steps) {
		long id = claims.findByNumber(number).orElseThrow().getId();
		for (ClaimStatus step : steps) {
			claims.moveTo(id, step, ClaimService.Actor.SYSTEM, null);
		}
	}

	@Test
	void pagesOfFiftyOldestFirstCoverEveryClaimOnce() {
		StaffQueue.Page first = asAgent(() -> queue.page(model(false), agent.getId(), null));
		assertThat(first.rows()).hasSize(50);
		assertThat(first.next()).isPresent();
		StaffQueue.Page second = asAgent(() -> queue.page(model(false), agent.getId(), first.next().get()));
		assertThat(second.rows()).hasSize(10);
		assertThat(second.next()).isEmpty();

		List<String> seen = new ArrayList<>();
		first.rows().forEach(row -> seen.add(row.number()));
		second.rows().forEach(row -> seen.add(row.number()));
		assertThat(new HashSet<>(seen)).hasSize(60);
		assertThat(seen).containsExactlyElementsOf(filed);
	}

	@Test
	void newestFirstIsTheReverseOrder() {
		StaffQueue.Page first = asAgent(() -> queue.page(model(true), agent.getId(), null));
		assertThat(first.rows().get(0).number()).isEqualTo(filed.get(59));
		StaffQueue.Page second = asAgent(() -> queue.page(model(true), agent.getId(), first.next().get()));
		assertThat(second.rows().get(9).number()).isEqualTo(filed.get(0));
	}

	@Test
	void filtersByAssigneeStatusAndVerdict() {
		String number = filed.get(5);
		long version = claims.findByNumber(number).orElseThrow().getVersion();
		asAgent(() -> staff.assignToMe(number, version, new StaffActor(agent.getId(), agent.getEmail(), "Agent", false)));

		StaffQueue.Page mine = asAgent(() -> queue.page(new StaffQueue.Filter(null, false, null, null,
				catalogue.tv().getId(), null, true, false, false), agent.getId(), null));
		assertThat(mine.rows()).extracting(StaffQueue.Row::number).containsExactly(number);
		assertThat(mine.rows().get(0).assignee()).isEqualTo(agent.getDisplayName());

		StaffQueue.Page inReview = asAgent(() -> queue.page(new StaffQueue.Filter(ClaimStatus.IN_REVIEW, false, null,
				null, catalogue.tv().getId(), null, false, false, false), agent.getId(), null));
		assertThat(inReview.rows()).extracting(StaffQueue.Row::number).containsExactly(number);

		StaffQueue.Page unassigned = asAgent(() -> queue.page(new StaffQueue.Filter(null, false, null, null,
				catalogue.tv().getId(), null, false, true, false), agent.getId(), null));
		assertThat(unassigned.rows()).extracting(StaffQueue.Row::number).doesNotContain(number);

		// Nobody verified the TV receipts: every claim of this model needs review (no coverage start).
		StaffQueue.Page eligible = asAgent(() -> queue.page(new StaffQueue.Filter(null, false, VerdictStatus.ELIGIBLE,
				null, catalogue.tv().getId(), null, false, false, false), agent.getId(), null));
		assertThat(eligible.rows()).isEmpty();
		assertThat(asAgent(() -> queue.page(new StaffQueue.Filter(null, false, VerdictStatus.NEEDS_REVIEW, null,
				catalogue.tv().getId(), null, false, false, false), agent.getId(), null)).rows()).hasSize(50);
	}

	@Test
	void aCursorThatMakesNoSenseStartsFromTheTop() {
		StaffQueue.Page page = asAgent(() -> queue.page(model(false), agent.getId(), "not-a-cursor"));
		assertThat(Optional.of(page.rows().get(0).number())).contains(filed.get(0));
	}

	@Test
	void theStatusesOfAPageAreMergedInOrderOnEveryPageBothWays() {
		// Claims of every status, interleaved in filing order.
		List<String> open = new ArrayList<>();
		List<String> decided = new ArrayList<>();
		for (int i = 0; i < filed.size(); i++) {
			String number = filed.get(i);
			switch (i % 6) {
				case 1 -> move(number, ClaimStatus.IN_REVIEW);
				case 2 -> move(number, ClaimStatus.IN_REVIEW, ClaimStatus.INFO_REQUESTED);
				case 3 -> move(number, ClaimStatus.IN_REVIEW, ClaimStatus.APPROVED, ClaimStatus.CLOSED);
				case 4 -> move(number, ClaimStatus.WITHDRAWN);
				case 5 -> move(number, ClaimStatus.IN_REVIEW, ClaimStatus.REJECTED);
				default -> {
				}
			}
			(i % 6 < 3 ? open : decided).add(number);
		}
		assertThat(walk(model(false))).containsExactlyElementsOf(open);
		assertThat(walk(model(true))).containsExactlyElementsOf(reversed(open));
		assertThat(walk(model(null, true, false))).containsExactlyElementsOf(filed);
		assertThat(walk(model(null, true, true))).containsExactlyElementsOf(reversed(filed));
		assertThat(walk(model(ClaimStatus.WITHDRAWN, false, false))).hasSize(10);
	}

	@Test
	void aFiledClaimCarriesItsUnitsModelAndManufacturerForTheFilters() {
		Map<String, Object> copied = jdbc.queryForMap(
				"SELECT model_id, manufacturer_id FROM claim WHERE claim_number = :number",
				Map.of("number", filed.get(0)));
		assertThat(((Number) copied.get("model_id")).longValue()).isEqualTo(catalogue.tv().getId());
		assertThat(((Number) copied.get("manufacturer_id")).longValue()).isEqualTo(catalogue.plainMaker().getId());

		StaffQueue.Filter byMaker = new StaffQueue.Filter(null, false, null, catalogue.plainMaker().getId(), null,
				null, false, false, false);
		assertThat(walk(byMaker)).containsExactlyElementsOf(filed);
		StaffQueue.Filter otherMaker = new StaffQueue.Filter(null, false, null, catalogue.registryMaker().getId(),
				null, null, false, false, false);
		assertThat(walk(otherMaker)).doesNotContainAnyElementsOf(filed);
	}

	@Test
	void theVerdictFilterFollowsASupervisorsOverride() {
		Account supervisor = fixtures.staff(Role.SUPERVISOR);
		String number = filed.get(7);
		long version = claims.findByNumber(number).orElseThrow().getVersion();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(Fixtures.user(supervisor), null, Fixtures.user(supervisor).getAuthorities()));
		try {
			staff.overrideVerdict(number, version, new StaffActor(supervisor.getId(), supervisor.getEmail(), "Supervisor", true),
					VerdictStatus.ELIGIBLE, "The receipt was checked by phone.");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		StaffQueue.Page eligible = asAgent(() -> queue.page(new StaffQueue.Filter(null, false, VerdictStatus.ELIGIBLE,
				null, catalogue.tv().getId(), null, false, false, false), agent.getId(), null));
		assertThat(eligible.rows()).extracting(StaffQueue.Row::number).containsExactly(number);
		assertThat(eligible.rows().get(0).overridden()).isTrue();
		assertThat(walk(new StaffQueue.Filter(null, false, VerdictStatus.NEEDS_REVIEW, null, catalogue.tv().getId(),
				null, false, false, false))).hasSize(59).doesNotContain(number);
	}

	@Test
	void aTypedModelNumberChoosesTheModelWhateverItsCaseSpacesAndDashes() throws Exception {
		String typed = " " + catalogue.tv().getModelNumber().toLowerCase(Locale.ROOT).replace("-", " ") + " ";
		StaffQueue.ModelPick pick = asAgent(() -> queue.pickModel(typed, null, null));
		assertThat(pick.chosenId()).isEqualTo(catalogue.tv().getId());
		assertThat(pick.unresolved()).isFalse();

		mvc.perform(get("/staff/claims").param("modelNumber", typed).with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(filed.get(0))))
			.andExpect(content().string(containsString("Claims on the model")))
			.andExpect(content().string(containsString("name=\"model\" value=\"" + catalogue.tv().getId() + "\"")))
			.andExpect(content().string(not(containsString("<option value=\"" + catalogue.fridge().getId() + "\""))))
			.andExpect(content().string(containsString(">1 day</option>")))
			.andExpect(content().string(not(containsString("1 days"))));
		// Emptying the field drops the model, even with the chosen model's id still in the form.
		assertThat(asAgent(() -> queue.pickModel("", catalogue.tv().getId(), null)).chosen()).isNull();
		// A link by id alone keeps working.
		assertThat(asAgent(() -> queue.pickModel(null, catalogue.tv().getId(), null)).chosenId())
			.isEqualTo(catalogue.tv().getId());
	}

	@Test
	void anUnknownModelNumberShowsNoClaimsAndSuggestsNumbersStartingLikeIt() throws Exception {
		String prefix = catalogue.tv().getModelNumber().substring(0, 5);
		StaffQueue.ModelPick pick = asAgent(() -> queue.pickModel(prefix, null, null));
		assertThat(pick.unresolved()).isTrue();
		assertThat(pick.suggestions()).extracting(StaffQueue.ModelChoice::id).contains(catalogue.tv().getId());

		mvc.perform(get("/staff/claims").param("modelNumber", prefix).with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No model is numbered " + prefix)))
			.andExpect(content().string(containsString(catalogue.tv().getModelNumber())))
			.andExpect(content().string(not(containsString(filed.get(0)))));
		mvc.perform(get("/staff/claims/models").param("q", prefix).with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + catalogue.tv().getId() + ")].number")
				.value(catalogue.tv().getModelNumber()));
	}

	@Test
	void aModelNumberOfSeveralManufacturersAsksWhichOne() {
		Catalogue other = fixtures.catalogue();
		ProductModel twin = catalog.addModel(new ProductModel(other.plainMaker().getId(),
				catalogue.tv().getModelNumber(), "Twin TV", "TV", LocalDate.of(2023, 6, 1), "Back.", List.of("panel")),
				LocalDate.of(2020, 1, 1), WarrantyTerms.DEFAULT, "test");
		String typed = catalogue.tv().getModelNumber();
		StaffQueue.ModelPick several = asAgent(() -> queue.pickModel(typed, null, null));
		assertThat(several.unresolved()).isTrue();
		assertThat(several.several()).extracting(StaffQueue.ModelChoice::id)
			.containsExactlyInAnyOrder(catalogue.tv().getId(), twin.getId());
		assertThat(asAgent(() -> queue.pickModel(typed, twin.getId(), null)).chosenId()).isEqualTo(twin.getId());
		assertThat(asAgent(() -> queue.pickModel(typed, null, catalogue.plainMaker().getId())).chosenId())
			.isEqualTo(catalogue.tv().getId());
	}

	@Test
	void statusCountsAreCountedFreshOnlyOnceTheyAreDue() {
		QueueCounts always = new QueueCounts(jdbc, Duration.ZERO, Duration.ZERO);
		QueueCounts cached = new QueueCounts(jdbc, Duration.ofHours(1), Duration.ofHours(1));
		Map<ClaimStatus, Long> before = cached.current();
		assertThat(always.current()).isEqualTo(claims.countsByStatus()).isEqualTo(before);

		move(filed.get(0), ClaimStatus.WITHDRAWN);
		assertThat(cached.current()).isEqualTo(before);
		Map<ClaimStatus, Long> after = always.current();
		assertThat(after).isEqualTo(claims.countsByStatus());
		assertThat(after.get(ClaimStatus.SUBMITTED)).isEqualTo(before.get(ClaimStatus.SUBMITTED) - 1);
		assertThat(after.get(ClaimStatus.WITHDRAWN)).isEqualTo(before.get(ClaimStatus.WITHDRAWN) + 1);
	}

	// ---- The other orders: due time, model number, status; each paged by its own keyset.

	private StaffQueue.Filter ofModel(ClaimStatus status, boolean all, QueueOrder order) {
		return new StaffQueue.Filter(status, all, null, null, catalogue.tv().getId(), null, false, false, order, false);
	}

	@Test
	void soonestDueFirstThenThePausedAndDecidedInFilingOrderAcrossPages() {
		List<String> all = new ArrayList<>(filed);
		for (int i = 0; i < filed.size(); i++) {
			switch (i % 10) {
				case 3 -> move(filed.get(i), ClaimStatus.IN_REVIEW, ClaimStatus.INFO_REQUESTED);
				case 7 -> move(filed.get(i), ClaimStatus.IN_REVIEW, ClaimStatus.REJECTED);
				case 1, 5 -> move(filed.get(i), ClaimStatus.IN_REVIEW);
				default -> {
				}
			}
		}
		// Due times in an order of their own (a permutation of the filing order), two of them equal.
		LocalDateTime base = LocalDateTime.of(2030, 1, 1, 9, 0);
		for (int i = 0; i < filed.size(); i++) {
			jdbc.update("UPDATE claim SET due_at = :due WHERE claim_number = :number AND due_at IS NOT NULL",
					Map.of("due", base.plusMinutes(i == 8 ? 4 * 37 % 60 : i * 37 % 60), "number", filed.get(i)));
		}
		record Timed(String number, long id, LocalDateTime due, ClaimStatus status) {
		}
		List<Timed> timed = jdbc.query("SELECT claim_number, id, due_at, status FROM claim WHERE model_id = :model",
				Map.of("model", catalogue.tv().getId()), (rs, n) -> new Timed(rs.getString("claim_number"),
						rs.getLong("id"), rs.getObject("due_at", LocalDateTime.class),
						ClaimStatus.valueOf(rs.getString("status"))));
		Comparator<Timed> soonest = Comparator.comparing((Timed claim) -> claim.due() == null)
			.thenComparing(claim -> claim.due() == null ? base : claim.due())
			.thenComparingLong(Timed::id);
		List<String> expectedAll = timed.stream().sorted(soonest).map(Timed::number).toList();
		List<String> expectedOpen = timed.stream().filter(claim -> claim.status().isOpen()).sorted(soonest)
			.map(Timed::number).toList();
		assertThat(expectedAll).hasSize(60).isNotEqualTo(all);

		// Page 2 goes on where page 1 stopped: no claim twice, none left out, the paused ones last.
		StaffQueue.Page first = asAgent(() -> queue.page(ofModel(null, true, QueueOrder.DUE), agent.getId(), null));
		assertThat(first.rows()).extracting(StaffQueue.Row::number).containsExactlyElementsOf(expectedAll.subList(0, 50));
		assertThat(first.next()).hasValueSatisfying(cursor -> assertThat(cursor).startsWith("due~~"));
		StaffQueue.Page second = asAgent(
				() -> queue.page(ofModel(null, true, QueueOrder.DUE), agent.getId(), first.next().get()));
		assertThat(second.rows()).extracting(StaffQueue.Row::number).containsExactlyElementsOf(expectedAll.subList(50, 60));
		assertThat(second.next()).isEmpty();
		assertThat(first.rows().get(0).dueAt()).isEqualTo(base);
		assertThat(second.rows()).allSatisfy(row -> assertThat(row.dueAt()).isNull());

		assertThat(walk(ofModel(null, false, QueueOrder.DUE))).containsExactlyElementsOf(expectedOpen);
		// Without the model filter the status index of due times is read; this model's claims keep their order.
		List<String> everyModel = walk(new StaffQueue.Filter(null, true, null, null, null, null, false, false,
				QueueOrder.DUE, false));
		assertThat(everyModel.stream().filter(filed::contains).toList()).containsExactlyElementsOf(expectedAll);
	}

	@Test
	void modelNumberOrderAToZAndBackAcrossPagesFollowingARenumberedModel() {
		Account owner = fixtures.owner();
		String id = Fixtures.unique();
		ProductModel early = addModel("AB-" + id);
		ProductModel late = addModel("ZZ-" + id);
		List<String> onEarly = fileOn(owner, early, 30);
		List<String> onLate = fileOn(owner, late, 25);
		List<String> expected = new ArrayList<>(onEarly);
		expected.addAll(filed);
		expected.addAll(onLate);

		StaffQueue.Filter byModel = makerFilter(QueueOrder.MODEL);
		StaffQueue.Page first = asAgent(() -> queue.page(byModel, agent.getId(), null));
		assertThat(first.rows()).extracting(StaffQueue.Row::number).containsExactlyElementsOf(expected.subList(0, 50));
		StaffQueue.Page second = asAgent(() -> queue.page(byModel, agent.getId(), first.next().get()));
		assertThat(second.rows()).extracting(StaffQueue.Row::number).containsExactlyElementsOf(expected.subList(50, 100));
		assertThat(walk(byModel)).containsExactlyElementsOf(expected);
		assertThat(walk(makerFilter(QueueOrder.MODEL_DESC))).containsExactlyElementsOf(reversed(expected));
		// Without a filter the status index of model numbers is read, in the same order.
		List<String> everyModel = walk(new StaffQueue.Filter(null, false, null, null, null, null, false, false,
				QueueOrder.MODEL, false));
		assertThat(everyModel.stream().filter(expected::contains).toList()).containsExactlyElementsOf(expected);

		// Renumbered to sort first, the late model's claims move to the top.
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
				null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			ProductModel current = catalog.findModel(late.getId()).orElseThrow();
			catalogAdmin.updateModel(late.getId(), current.getVersion(), new ModelDetails(ModelNumber.of("aa " + id),
					current.getName(), current.getCategory(), current.getReleaseDate(), current.getSerialLabelHint(),
					current.getComponents()), "test");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		List<String> renumbered = new ArrayList<>(onLate);
		renumbered.addAll(onEarly);
		renumbered.addAll(filed);
		assertThat(walk(byModel)).containsExactlyElementsOf(renumbered);
	}

	@Test
	void statusOrderFollowsTheWorkflowThenAgeBothWays() {
		List<List<String>> byStatus = new ArrayList<>();
		for (int i = 0; i < ClaimStatus.values().length; i++) {
			byStatus.add(new ArrayList<>());
		}
		for (int i = 0; i < filed.size(); i++) {
			ClaimStatus[] steps = switch (i % 5) {
				case 1 -> new ClaimStatus[] { ClaimStatus.IN_REVIEW };
				case 2 -> new ClaimStatus[] { ClaimStatus.IN_REVIEW, ClaimStatus.INFO_REQUESTED };
				case 3 -> new ClaimStatus[] { ClaimStatus.IN_REVIEW, ClaimStatus.APPROVED };
				case 4 -> new ClaimStatus[] { ClaimStatus.WITHDRAWN };
				default -> new ClaimStatus[] {};
			};
			move(filed.get(i), steps);
			byStatus.get(steps.length == 0 ? 0 : steps[steps.length - 1].ordinal()).add(filed.get(i));
		}
		List<String> expected = byStatus.stream().flatMap(List::stream).toList();
		assertThat(walk(ofModel(null, true, QueueOrder.STATUS))).containsExactlyElementsOf(expected);
		assertThat(walk(ofModel(null, true, QueueOrder.STATUS_DESC))).containsExactlyElementsOf(reversed(expected));
		StaffQueue.Page first = asAgent(() -> queue.page(ofModel(null, true, QueueOrder.STATUS), agent.getId(), null));
		assertThat(first.next()).hasValueSatisfying(cursor -> assertThat(cursor).startsWith("status~WITHDRAWN~"));
		// Another order's cursor, or one that does not parse, starts from the top.
		assertThat(asAgent(() -> queue.page(ofModel(null, true, QueueOrder.DUE), agent.getId(), first.next().get()))
			.rows()).hasSize(50);
		assertThat(asAgent(() -> queue.page(ofModel(null, true, QueueOrder.STATUS), agent.getId(), "status~NOPE~x~1"))
			.rows().get(0).number()).isEqualTo(expected.get(0));
	}

	@Test
	void theHeadersSortByTheirColumnKeepingTheFiltersAndTurnRoundOnTheSecondClick() throws Exception {
		String maker = String.valueOf(catalogue.plainMaker().getId());
		mvc.perform(get("/staff/claims").param("manufacturer", maker).param("sort", "model")
			.with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")))
			.andExpect(content().string(containsString("manufacturer=" + maker + "&amp;model=&amp;modelNumber=&amp;"
					+ "olderThan=&amp;assigned=&amp;due=&amp;sort=model-desc")))
			.andExpect(content().string(containsString("sort=due\"")))
			.andExpect(content().string(containsString("<option value=\"model\" selected=\"selected\">")))
			.andExpect(content().string(containsString("Claims, sorted: Model number, A to Z")));
		// The default order is oldest first: the age column's values (how long claims waited) descending.
		mvc.perform(get("/staff/claims").with(user(Fixtures.user(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"descending\"")))
			.andExpect(content().string(containsString("sort=newest\"")))
			.andExpect(content().string(not(containsString("aria-sort=\"ascending\""))))
			.andExpect(content().string(not(containsString("aria-sort=\"\""))));
	}

	private StaffQueue.Filter makerFilter(QueueOrder order) {
		return new StaffQueue.Filter(null, false, null, catalogue.plainMaker().getId(), null, null, false, false,
				order, false);
	}

	private ProductModel addModel(String number) {
		return catalog.addModel(new ProductModel(catalogue.plainMaker().getId(), number, "Sorted TV", "TV",
				LocalDate.of(2023, 6, 1), "Back.", List.of("panel")), LocalDate.of(2020, 1, 1), WarrantyTerms.DEFAULT,
				"test");
	}

	private List<String> fileOn(Account owner, ProductModel model, int count) {
		RegistrationOutcome outcome = products.register(new RegisterProduct(owner.getId(), model.getId(),
				"TV" + Fixtures.unique(), LocalDate.now().minusMonths(3), "Test shop", new BigDecimal("499.00"),
				new MockMultipartFile("proof", "receipt.pdf", "application/pdf", Fixtures.PDF)));
		Registration registration = ((RegistrationOutcome.Registered) outcome).registration();
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			numbers.add(claims.file(registration.getId(), registration.getUnitId(), owner.getId(), "Owner",
					LocalDate.now().minusDays(1), "panel", Cause.DEFECT, "Claim " + i + " of the model order test.")
				.getNumber());
		}
		return numbers;
	}
}
