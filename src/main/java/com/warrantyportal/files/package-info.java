/**
 * Uploaded receipts and photos: type checked from the content, stored outside the web root under generated names,
 * shown and served under the user's name with the extension of that type; served only to their owner, and to staff
 * when a claim or registration has them attached ({@link com.warrantyportal.files.FileAttachments}), audited.
 */
package com.warrantyportal.files;
