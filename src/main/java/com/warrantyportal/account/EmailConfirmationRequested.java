package com.warrantyportal.account;

/** A new owner's address must be confirmed; the link (with the only copy of the token) must reach that address. */
public record EmailConfirmationRequested(String email, String displayName, String link) {
}
