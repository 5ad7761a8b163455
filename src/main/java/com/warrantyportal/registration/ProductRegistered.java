package com.warrantyportal.registration;

/**
 * An owner registered a unit as theirs (from the form, an import or a retail sale), in the registering transaction:
 * what the owner should hear of at once, such as the unit's open recalls, is told from here.
 */
public record ProductRegistered(long registrationId, long unitId, long ownerId) {
}
