package com.warrantyportal.unit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the bad lines of an import back, in line order; the whole report a page at a time, in constant memory. */
@Component
public class RegistryRejections {

	private static final int PAGE = 5000;

	private static final String SELECT = "SELECT line_number, reason, detail, other_line, raw "
			+ "FROM registry_import_rejection WHERE import_id = ? AND line_number > ? ORDER BY line_number LIMIT ?";

	private final JdbcTemplate jdbc;

	RegistryRejections(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<RejectedLine> first(long importId, int limit) {
		return jdbc.query(SELECT, RegistryRejections::line, importId, 0L, limit);
	}

	public void forEach(long importId, Consumer<RejectedLine> each) {
		long after = 0;
		List<RejectedLine> page;
		do {
			page = jdbc.query(SELECT, RegistryRejections::line, importId, after, PAGE);
			page.forEach(each);
			after = page.isEmpty() ? after : page.get(page.size() - 1).line();
		}
		while (page.size() == PAGE);
	}

	private static RejectedLine line(ResultSet rs, int row) throws SQLException {
		long otherLine = rs.getLong("other_line");
		Long other = rs.wasNull() ? null : otherLine;
		return new RejectedLine(rs.getLong("line_number"), RejectionReason.valueOf(rs.getString("reason")),
				rs.getString("detail"), other, rs.getString("raw"));
	}
}
