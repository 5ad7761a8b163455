/** The append-only audit trail of every staff and administrator action. Nothing here updates or deletes. */
package com.warrantyportal.audit;
