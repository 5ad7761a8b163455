package com.warrantyportal.claim;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.warrantyportal.account.EmailAddress;
import com.warrantyportal.unit.SerialNumber;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * The one search box of staff pages: a claim number, a serial number, an owner's e-mail address or the start of their
 * name, or a model number (or its start). Every kind is looked up by an index of its own: the claim number and the
 * e-mail exactly, the serial by its normalised key, names and model numbers by a prefix of their index; never a
 * {@code LIKE '%…%'} over a large table. At most {@value #LIMIT} hits of each kind.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
public class StaffSearch {

	public static final int LIMIT = 20;

	private static final Pattern LOOKS_LIKE_A_CLAIM_NUMBER = Pattern.compile("[\\p{Alnum}-]{3,40}");

	private final NamedParameterJdbcTemplate jdbc;

	private final StaffQueue queue;

	StaffSearch(NamedParameterJdbcTemplate jdbc, StaffQueue queue) {
		this.jdbc = jdbc;
		this.queue = queue;
	}

	public record ClaimHit(String number, ClaimStatus status, String ownerName, String serial, String modelNumber) {
	}

	public record UnitHit(String serial, String serialKey, long manufacturerId, String manufacturer,
			String modelNumber, String modelName, String serialStatus, String ownerName, String ownerEmail) {

		/** The unit page, naming the manufacturer: another manufacturer may use the same serial. */
		public String path() {
			return "/staff/units/" + UriUtils.encodePathSegment(serialKey, StandardCharsets.UTF_8) + "?manufacturer="
					+ manufacturerId;
		}
	}

	public record OwnerHit(long id, String name, String email, long products, long claims) {
	}

	/** The products and claims of the one owner a search found, to go on from. */
	public record OwnerFile(List<UnitHit> products, List<ClaimHit> claims) {

		static final OwnerFile NONE = new OwnerFile(List.of(), List.of());
	}

	/** What a search found, by kind; {@link #only()} is where an exact single hit leads. */
	public record Results(String query, List<ClaimHit> claims, List<UnitHit> units, List<OwnerHit> owners,
			List<StaffQueue.ModelChoice> models, OwnerFile ownerFile) {

		public boolean isEmpty() {
			return claims.isEmpty() && units.isEmpty() && owners.isEmpty() && models.isEmpty();
		}

		public int count() {
			return claims.size() + units.size() + owners.size() + models.size();
		}

		/** A claim number found, or the one unit a serial names and nothing else: the page to open at once. */
		public Optional<String> only() {
			if (claims.size() == 1 && claims.get(0).number().equalsIgnoreCase(query.strip())) {
				return Optional.of("/staff/claims/" + claims.get(0).number());
			}
			if (count() == 1 && units.size() == 1) {
				return Optional.of(units.get(0).path());
			}
			return Optional.empty();
		}
	}

	public Results search(String typed) {
		String query = typed == null ? "" : typed.strip();
		if (query.isEmpty() || query.length() > 200) {
			return new Results(query, List.of(), List.of(), List.of(), List.of(), OwnerFile.NONE);
		}
		if (query.contains("@")) {
			List<OwnerHit> owners = ownersByEmail(query);
			return new Results(query, List.of(), List.of(), owners, List.of(),
					owners.size() == 1 ? ownerFile(owners.get(0).id()) : OwnerFile.NONE);
		}
		// Any single word may be a claim number (WC-2026-000123, or one kept from an older system): one unique-index
		// look-up answers it.
		List<ClaimHit> claims = LOOKS_LIKE_A_CLAIM_NUMBER.matcher(query).matches() ? claimsByNumber(query) : List.of();
		List<UnitHit> units = serialKey(query).map(this::unitsBySerial).orElse(List.of());
		List<OwnerHit> owners = query.codePoints().anyMatch(Character::isLetter) && query.length() >= 2
				? ownersByName(query) : List.of();
		List<StaffQueue.ModelChoice> models = queue.modelsStartingWith(query, null);
		return new Results(query, claims, units, owners, models, OwnerFile.NONE);
	}

	/** The owner's current products and their latest claims, by the owner indexes of registrations and claims. */
	private OwnerFile ownerFile(long ownerId) {
		List<UnitHit> products = jdbc.query("""
				SELECT u.serial_display, u.serial_key, u.manufacturer_id, f.name AS manufacturer, m.model_number,
				       m.name AS model_name, u.serial_status, NULL, NULL
				FROM registration r
				JOIN unit u ON u.id = r.active_unit_id
				JOIN product_model m ON m.id = u.model_id
				JOIN manufacturer f ON f.id = u.manufacturer_id
				WHERE r.owner_id = :owner
				ORDER BY r.id DESC
				LIMIT 100""", Map.of("owner", ownerId),
				(rs, n) -> new UnitHit(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), null, null));
		List<ClaimHit> claims = jdbc.query("""
				SELECT c.claim_number, c.status, NULL, u.serial_display, m.model_number
				FROM claim c
				JOIN unit u ON u.id = c.unit_id
				JOIN product_model m ON m.id = u.model_id
				WHERE c.owner_id = :owner
				ORDER BY c.id DESC
				LIMIT 100""", Map.of("owner", ownerId),
				(rs, n) -> new ClaimHit(rs.getString(1), ClaimStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
						rs.getString(5)));
		return new OwnerFile(products, claims);
	}

	private List<ClaimHit> claimsByNumber(String query) {
		return jdbc.query("""
				SELECT c.claim_number, c.status, o.display_name, u.serial_display, m.model_number
				FROM claim c
				JOIN account o ON o.id = c.owner_id
				JOIN unit u ON u.id = c.unit_id
				JOIN product_model m ON m.id = u.model_id
				WHERE c.claim_number = :number""", Map.of("number", query.toUpperCase(Locale.ROOT)),
				(rs, n) -> new ClaimHit(rs.getString(1), ClaimStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
						rs.getString(5)));
	}

	private static Optional<String> serialKey(String query) {
		String key = SerialNumber.normalise(query);
		return key.length() >= 3 && key.length() <= SerialNumber.MAX_LENGTH ? Optional.of(key) : Optional.empty();
	}

	private List<UnitHit> unitsBySerial(String key) {
		return jdbc.query("""
				SELECT u.serial_display, u.serial_key, u.manufacturer_id, f.name AS manufacturer, m.model_number,
				       m.name AS model_name, u.serial_status, o.display_name, o.email
				FROM unit u
				JOIN product_model m ON m.id = u.model_id
				JOIN manufacturer f ON f.id = u.manufacturer_id
				LEFT JOIN registration r ON r.active_unit_id = u.id
				LEFT JOIN account o ON o.id = r.owner_id
				WHERE u.serial_key = :key
				ORDER BY f.name
				LIMIT %d""".formatted(LIMIT), Map.of("key", key),
				(rs, n) -> new UnitHit(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
	}

	private List<OwnerHit> ownersByEmail(String query) {
		return owners("a.email = :email", Map.of("email", EmailAddress.normalise(query)));
	}

	private List<OwnerHit> ownersByName(String query) {
		return owners("a.display_name LIKE :prefix", Map.of("prefix", StaffQueue.likePrefix(query)));
	}

	/** Owners only: staff accounts are not what a support search is for. Counts per owner by their own indexes. */
	private List<OwnerHit> owners(String condition, Map<String, ?> params) {
		return jdbc.query("""
				SELECT a.id, a.display_name, a.email,
				       (SELECT COUNT(*) FROM registration r WHERE r.owner_id = a.id AND r.active_unit_id IS NOT NULL),
				       (SELECT COUNT(*) FROM claim c WHERE c.owner_id = a.id)
				FROM account a
				WHERE %s AND a.role = 'OWNER'
				ORDER BY a.display_name, a.id
				LIMIT %d""".formatted(condition, LIMIT), params,
				(rs, n) -> new OwnerHit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getLong(5)));
	}
}
