package com.warrantyportal.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.warrantyportal.catalog.CatalogService;
import com.warrantyportal.catalog.TermsInForce;
import com.warrantyportal.eligibility.CoveragePeriod;
import com.warrantyportal.eligibility.WarrantyTerms;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;
import com.warrantyportal.recall.RecallCampaign;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.registration.ProductView.WarrantyState;
import com.warrantyportal.unit.UnitService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's products as they see them: the list and each product with the warranty it has today, its receipt and
 * its claims. Reads only; every method takes the owner's id and shows only that owner's active registrations.
 */
@Service
@Transactional(readOnly = true)
public class OwnerProductViews {

	private final ProductRows rows;

	private final CatalogService catalog;

	private final UnitService units;

	private final FileStorage files;

	private final ClaimsOfProducts claims;

	private final Recalls recalls;

	private final Clock clock;

	private final OwnerTransfers transfers;

	OwnerProductViews(ProductRows rows, CatalogService catalog, UnitService units, FileStorage files,
			ClaimsOfProducts claims, Recalls recalls, Clock clock, OwnerTransfers transfers) {
		this.transfers = transfers;
		this.rows = rows;
		this.catalog = catalog;
		this.units = units;
		this.files = files;
		this.claims = claims;
		this.recalls = recalls;
		this.clock = clock;
	}

	/** The owner's product list page: their products, and the transfers asked of them and by them. */
	public record ProductList(List<ProductView> products, List<TransferView> incoming, List<TransferView> outgoing) {
	}

	/**
	 * {@link #list} and the owner's transfers both ways, read in one transaction: each transaction costs three
	 * round trips to the database besides its statements.
	 */
	public ProductList listPage(long ownerId, ProductSort sort) {
		return new ProductList(list(ownerId, sort), transfers.incomingTransfers(ownerId),
				transfers.outgoingTransfers(ownerId));
	}

	/** The owner's products with the warranty they have today. */
	public List<ProductView> list(long ownerId, ProductSort sort) {
		return views(rows.activeOf(ownerId), claims.registrationsWithOpenClaims(ownerId))
			.stream()
			.sorted(sort.comparator())
			.toList();
	}

	/** One of the owner's active products, or empty when it is not theirs or no longer registered. */
	public Optional<ProductView> find(long ownerId, long registrationId) {
		return rows.activeOf(ownerId, registrationId)
			.map(product -> views(List.of(product), claims.registrationsWithOpenClaims(ownerId)).get(0));
	}

	public Optional<StoredFile> proofOf(ProductView product) {
		return product.proofFileId() == null ? Optional.empty() : files.find(product.proofFileId());
	}

	public List<ClaimsOfProducts.ClaimLine> claimsOf(long ownerId, long registrationId) {
		return claims.claimsOf(registrationId, ownerId);
	}

	/**
	 * The views of these products, from a fixed number of queries whatever their number: the terms versions of their
	 * models, the extended plans and the open recalls of their units, each read once for all of them.
	 */
	private List<ProductView> views(List<ProductRows.ProductRow> products, Set<Long> withOpenClaims) {
		if (products.isEmpty()) {
			return List.of();
		}
		TermsInForce terms = catalog
			.termsInForce(products.stream().map(ProductRows.ProductRow::modelId).collect(Collectors.toSet()));
		Map<Long, Integer> extendedMonths = units
			.extendedMonths(products.stream().map(ProductRows.ProductRow::unitId).toList());
		Recalls.UnitRecalls unitRecalls = recalls
			.recallsOf(products.stream().map(ProductRows.ProductRow::unitFacts).toList());
		Map<Long, List<RecallCampaign>> openRecalls = unitRecalls.open();
		Map<Long, List<RecallCampaign>> possibleRecalls = unitRecalls.possibly();
		return products.stream()
			.map(product -> view(product, terms.on(product.modelId(), product.purchaseDate()),
					extendedMonths.get(product.unitId()), openRecalls.get(product.unitId()),
					possibleRecalls.get(product.unitId()), withOpenClaims.contains(product.registrationId())))
			.toList();
	}

	private ProductView view(ProductRows.ProductRow product, WarrantyTerms terms, int extendedMonths,
			List<RecallCampaign> openRecalls, List<RecallCampaign> possibleRecalls, boolean claimOpen) {
		List<CoveragePeriod> coverage = CoveragePeriod.forEveryLine(terms, extendedMonths, product.purchaseDate(),
				product.countsFromPurchase(), product.manufactureDate(), product.registeredOn());
		return new ProductView(product.registrationId(), product.version(), product.unitId(), product.manufacturer(),
				product.modelNumber(), product.modelName(), product.components(), product.serialDisplay(),
				product.serialStatus(), product.manufactureDate(), product.purchaseDate(), product.retailer(),
				product.price(), product.ownProofFileId(), product.proofVerified(), product.originalPurchaser(),
				product.registeredOn(), coverage, state(coverage.get(0)), claimOpen,
				openRecalls.stream().map(campaign -> campaign.getTitle() + ": " + campaign.getRemedy()).toList(),
				product.acquiredOn(), product.acquiredFrom(),
				possibleRecalls.stream().map(campaign -> campaign.getTitle() + ": " + campaign.getRemedy()).toList(),
				product.modelId(), product.manufacturerId(), product.labelPhotoFileId(), product.notes());
	}

	private WarrantyState state(CoveragePeriod coverage) {
		if (!coverage.hasStart()) {
			return WarrantyState.UNKNOWN;
		}
		LocalDate today = LocalDate.now(clock);
		if (today.isBefore(coverage.start())) {
			return WarrantyState.NOT_STARTED;
		}
		if (today.isAfter(coverage.partsEnd())) {
			return WarrantyState.EXPIRED;
		}
		if (ChronoUnit.DAYS.between(today, coverage.partsEnd()) <= ProductView.ENDS_SOON_DAYS) {
			return WarrantyState.ENDS_SOON;
		}
		return today.isAfter(coverage.labourEnd()) ? WarrantyState.PARTS_ONLY : WarrantyState.IN_WARRANTY;
	}
}
