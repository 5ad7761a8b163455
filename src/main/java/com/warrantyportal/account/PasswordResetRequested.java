package com.warrantyportal.account;

/** Someone asked for a new password; the link (with the only copy of the token) must reach the account's address. */
public record PasswordResetRequested(String email, String displayName, String link) {
}
