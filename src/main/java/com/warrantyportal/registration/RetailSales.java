package com.warrantyportal.registration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.account.OneTimeToken;
import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.Manufacturer;
import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.registration.internal.RetailSaleRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units retailers sell and register for their buyers (through the integration API). A sale mails its buyer an
 * invitation; the buyer, signed in with that address, accepts it and the product is registered to them by the same
 * {@link OwnerProducts#register} as the registration form, with the retailer's facts: the serial and date rules, the
 * registry, transfers from a previous owner all apply alike. A refused registration leaves the invitation open and
 * shows the buyer why.
 */
@Service
@Transactional(readOnly = true)
public class RetailSales {

	/** The audit trail's target type for retail sales. */
	public static final String AUDIT_TARGET = "RETAIL_SALE";

	/** How long a buyer has to accept. */
	static final Duration INVITATION_VALID = Duration.ofDays(60);

	private final RetailSaleRepository sales;

	private final OwnerProducts products;

	private final CatalogService catalog;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final String baseUrl;

	private final Clock clock;

	RetailSales(RetailSaleRepository sales, OwnerProducts products, CatalogService catalog, AuditTrail audit,
			ApplicationEventPublisher events, @Value("${warranty.base-url}") String baseUrl, Clock clock) {
		this.sales = sales;
		this.products = products;
		this.catalog = catalog;
		this.audit = audit;
		this.events = events;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/** A sale as the retailer's system reports it; the model is already resolved, the rest checked for shape. */
	public record NewSale(long apiClientId, String retailer, long modelId, String serial, LocalDate purchaseDate,
			BigDecimal price, String receiptReference, String buyerEmail, String actor) {
	}

	/** Records the sale and mails the buyer their invitation. */
	@Transactional
	@PreAuthorize("hasRole('API_RETAILER')")
	public RetailSale record(NewSale sale) {
		ProductModel model = catalog.findModel(sale.modelId()).orElseThrow();
		Manufacturer maker = catalog.findManufacturer(model.getManufacturerId()).orElseThrow();
		String token = OneTimeToken.newToken();
		Instant now = clock.instant();
		RetailSale saved = sales.save(new RetailSale(sale.apiClientId(), sale.retailer(), model.getId(),
				sale.serial().strip(), sale.purchaseDate(), sale.price(), blankToNull(sale.receiptReference()),
				sale.buyerEmail().strip(), OneTimeToken.hash(token), now, now.plus(INVITATION_VALID)));
		audit.record(sale.actor(), "RETAIL_SALE_RECORDED", AUDIT_TARGET, saved.getId(),
				model.getModelNumber() + " " + saved.getSerial() + " sold " + saved.getPurchaseDate() + ", buyer invited");
		events.publishEvent(new RetailSaleRecorded(saved.getBuyerEmail(), saved.getRetailer(), maker.getName(),
				model.getModelNumber(), model.getName(), saved.getSerial(), saved.getPurchaseDate(),
				baseUrl + "/my/invitations/" + token, LocalDate.ofInstant(saved.getExpiresAt(), ZoneOffset.UTC)));
		return saved;
	}

	/** One of the retailer's own sales. */
	@PreAuthorize("hasRole('API_RETAILER')")
	public Optional<RetailSale> find(long apiClientId, long saleId) {
		return sales.findByIdAndApiClientId(saleId, apiClientId);
	}

	/** An invitation as its buyer sees it: the sale, its model and maker, and where it stands. */
	public record Invitation(RetailSale sale, ProductModel model, Manufacturer manufacturer, RetailSale.State state) {
	}

	@PreAuthorize("hasRole('OWNER')")
	public Optional<Invitation> invitation(String token) {
		if (!OneTimeToken.looksLikeAToken(token)) {
			return Optional.empty();
		}
		return sales.findByInvitationHash(OneTimeToken.hash(token)).map(this::invitation);
	}

	/** What accepting answered: the registration made (or the transfer asked), or the problems that refused it. */
	public record Acceptance(RegistrationOutcome outcome) {
	}

	/**
	 * The signed-in buyer accepts: only with the address the retailer gave, once, before it expires. The product is
	 * registered as the registration form would; a refusal leaves the invitation open.
	 * @throws IllegalStateException when the invitation is not open to this owner (the caller shows the invitation)
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	@PreAuthorize("hasRole('OWNER')")
	public Acceptance accept(String token, long ownerId, String ownerEmail) {
		RetailSale sale = sales.findLockedByInvitationHash(OneTimeToken.hash(token))
			.orElseThrow(() -> new IllegalStateException("No such invitation"));
		if (sale.stateAt(clock.instant()) != RetailSale.State.INVITED || !sale.isFor(ownerEmail)) {
			throw new IllegalStateException("Invitation " + sale.getId() + " is not open to this owner");
		}
		RegistrationOutcome outcome = products.register(new RegisterProduct(ownerId, sale.getModelId(), sale.getSerial(),
				sale.getPurchaseDate(), sale.getRetailer(), sale.getPrice(), null));
		if (outcome instanceof RegistrationOutcome.Registered registered) {
			sale.accept(ownerId, registered.registration().getId(), clock.instant());
		}
		else if (outcome instanceof RegistrationOutcome.TransferRequested) {
			sale.accept(ownerId, null, clock.instant());
		}
		if (!(outcome instanceof RegistrationOutcome.Refused)) {
			audit.record(ownerEmail, "RETAIL_SALE_ACCEPTED", AUDIT_TARGET, sale.getId(),
					outcome instanceof RegistrationOutcome.Registered ? "Registered" : "Transfer requested");
		}
		return new Acceptance(outcome);
	}

	private Invitation invitation(RetailSale sale) {
		ProductModel model = catalog.findModel(sale.getModelId()).orElseThrow();
		return new Invitation(sale, model, catalog.findManufacturer(model.getManufacturerId()).orElseThrow(),
				sale.stateAt(clock.instant()));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The problems of a refused acceptance, for the invitation page. */
	public static List<RegistrationProblem> problems(Acceptance acceptance) {
		return acceptance.outcome() instanceof RegistrationOutcome.Refused refused ? refused.problems() : List.of();
	}
}
