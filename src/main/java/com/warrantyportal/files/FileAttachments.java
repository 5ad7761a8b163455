package com.warrantyportal.files;

/**
 * Implemented by each module that attaches uploaded files to something staff review: claims (photos, answers) and
 * registrations (receipts, transfer receipts). Staff may open a stored file only when one of them claims it, so a
 * file that is not theirs to review (an administrator's manual or label picture, a registry import waiting its
 * turn) cannot be fetched by counting ids.
 */
public interface FileAttachments {

	/** Whether the file is attached to something of this module's that staff review. */
	boolean attaches(long fileId);
}
