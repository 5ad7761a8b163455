package com.warrantyportal.registration.internal;

import com.warrantyportal.files.FileAttachments;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Receipts of registrations, of second-hand acquisitions and of transfer requests are for staff to review, and so is
 * the owner's photo of the serial label. The PDFs an owner keeps in the device book are theirs alone.
 */
@Component
class RegistrationFileAttachments implements FileAttachments {

	private final JdbcTemplate jdbc;

	RegistrationFileAttachments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean attaches(long fileId) {
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM registration WHERE proof_file_id = ? OR acquired_proof_file_id = ?
				                                             OR label_photo_file_id = ?)
				    OR EXISTS (SELECT 1 FROM transfer_request WHERE proof_file_id = ?)""", Boolean.class, fileId,
				fileId, fileId, fileId));
	}
}
