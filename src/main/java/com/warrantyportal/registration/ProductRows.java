package com.warrantyportal.registration;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.warrantyportal.catalog.ProductModel;
import com.warrantyportal.recall.Recalls;
import com.warrantyportal.unit.SerialStatus;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The owner's active registrations with their units, models and manufacturers, read as plain rows of the columns the
 * owner's pages show: building the four entities of every product cost the list of 100 products about a third of its
 * time (most of it the JDBC driver building a calendar for each of their dates).
 */
@Component
class ProductRows {

	/** One active registration with what its owner's pages show of its unit, model and manufacturer. */
	record ProductRow(long registrationId, long version, long unitId, long unitManufacturerId, long manufacturerId,
			String manufacturer, long modelId, String modelNumber, String modelName, List<String> components,
			String serialKey, String serialDisplay, SerialStatus serialStatus, LocalDate manufactureDate,
			LocalDate purchaseDate, String retailer, BigDecimal price, Long ownProofFileId, boolean proofVerified,
			boolean countsFromPurchase, boolean originalPurchaser, LocalDate registeredOn, LocalDate acquiredOn,
			String acquiredFrom, Long labelPhotoFileId, String notes) {

		Recalls.UnitFacts unitFacts() {
			return new Recalls.UnitFacts(unitId, unitManufacturerId, modelId, serialKey, manufactureDate);
		}
	}

	private static final String SELECT = """
			SELECT r.id, r.version, u.id AS unit_id, u.manufacturer_id AS unit_manufacturer_id,
			       f.id AS manufacturer_id, f.name AS manufacturer, m.id AS model_id, m.model_number,
			       m.name AS model_name, m.components, u.serial_key, u.serial_display, u.serial_status,
			       u.manufacture_date, r.purchase_date, r.retailer, r.price,
			       r.proof_file_id, r.acquired_proof_file_id, r.proof_verified, r.original_purchaser,
			       r.registered_on, r.acquired_on, r.acquired_from, r.label_photo_file_id, r.notes
			FROM registration r
			JOIN unit u ON u.id = r.unit_id
			JOIN product_model m ON m.id = u.model_id
			JOIN manufacturer f ON f.id = m.manufacturer_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	ProductRows(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The owner's active products, newest purchase first (by the owner's index on registrations). */
	List<ProductRow> activeOf(long ownerId) {
		return jdbc.query(SELECT + """
				WHERE r.owner_id = :owner AND r.active_unit_id IS NOT NULL
				ORDER BY r.purchase_date DESC, r.id""", Map.of("owner", ownerId), ProductRows::row);
	}

	/** One of the owner's active products; empty when it is not theirs or no longer registered. */
	Optional<ProductRow> activeOf(long ownerId, long registrationId) {
		return jdbc.query(SELECT + """
				WHERE r.id = :id AND r.owner_id = :owner AND r.active_unit_id IS NOT NULL""",
				Map.of("id", registrationId, "owner", ownerId), ProductRows::row).stream().findFirst();
	}

	private static ProductRow row(ResultSet rs, int n) throws SQLException {
		LocalDate acquiredOn = rs.getObject("acquired_on", LocalDate.class);
		Long proofFileId = rs.getObject("proof_file_id", Long.class);
		boolean proofVerified = rs.getBoolean("proof_verified");
		return new ProductRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("unit_id"),
				rs.getLong("unit_manufacturer_id"), rs.getLong("manufacturer_id"), rs.getString("manufacturer"),
				rs.getLong("model_id"), rs.getString("model_number"), rs.getString("model_name"),
				ProductModel.componentsOf(rs.getString("components")), rs.getString("serial_key"),
				rs.getString("serial_display"), SerialStatus.valueOf(rs.getString("serial_status")),
				rs.getObject("manufacture_date", LocalDate.class), rs.getObject("purchase_date", LocalDate.class),
				rs.getString("retailer"), rs.getBigDecimal("price"),
				Registration.ownProof(acquiredOn, proofFileId, rs.getObject("acquired_proof_file_id", Long.class)),
				proofVerified, Registration.countsFromPurchase(proofVerified, proofFileId),
				rs.getBoolean("original_purchaser"), rs.getObject("registered_on", LocalDate.class), acquiredOn,
				rs.getString("acquired_from"), rs.getObject("label_photo_file_id", Long.class), rs.getString("notes"));
	}
}
