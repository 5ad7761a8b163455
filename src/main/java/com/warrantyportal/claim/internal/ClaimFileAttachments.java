package com.warrantyportal.claim.internal;

import com.warrantyportal.files.FileAttachments;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Photos and answer files attached to claims are for staff to review. */
@Component
class ClaimFileAttachments implements FileAttachments {

	private final JdbcTemplate jdbc;

	ClaimFileAttachments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean attaches(long fileId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM claim_attachment WHERE file_id = ?)", Boolean.class, fileId));
	}
}
