package com.warrantyportal.portal;

import java.util.List;
import java.util.Map;

import com.warrantyportal.unit.SerialNumber;
import com.warrantyportal.unit.SerialStatus;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the public serial check finds: every unit with the serial (of any manufacturer), its model and whether it is
 * reported stolen or actively registered, in one statement outside any transaction. (Asking the unit, catalogue and
 * registration services instead cost four transactions per unit.) It never reveals who owns a unit.
 */
@Component
public class SerialFindings {

	private final NamedParameterJdbcTemplate jdbc;

	SerialFindings(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What a buyer learns about one unit with the serial they typed. */
	public record Finding(String manufacturer, String modelNumber, String modelName, boolean stolen,
			boolean registered) {
	}

	/** The units with this serial, oldest first; the serial is compared by its key (case, spaces, dashes ignored). */
	public List<Finding> of(SerialNumber serial) {
		return jdbc.query("""
				SELECT f.name AS manufacturer, m.model_number, m.name AS model_name, u.serial_status,
				       r.id AS registration_id
				FROM unit u
				JOIN product_model m ON m.id = u.model_id
				JOIN manufacturer f ON f.id = u.manufacturer_id
				LEFT JOIN registration r ON r.active_unit_id = u.id
				WHERE u.serial_key = :serial
				ORDER BY u.id""", Map.of("serial", serial.key()),
				(rs, n) -> new Finding(rs.getString("manufacturer"), rs.getString("model_number"),
						rs.getString("model_name"), SerialStatus.STOLEN.name().equals(rs.getString("serial_status")),
						rs.getObject("registration_id") != null));
	}
}
