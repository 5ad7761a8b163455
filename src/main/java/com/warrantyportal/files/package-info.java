/**
 * Uploaded receipts and photos: type checked from the content, stored outside the web root under generated names,
 * served only to their owner and to staff.
 */
package com.warrantyportal.files;
