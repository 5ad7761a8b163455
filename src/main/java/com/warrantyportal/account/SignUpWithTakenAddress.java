package com.warrantyportal.account;

/**
 * Someone tried to sign up with an address that has an account. The page answered as for a new account, so that it
 * tells nobody which addresses have one; the address's owner is told instead, with where to sign in or reset.
 */
public record SignUpWithTakenAddress(String email, String displayName, String signInLink, String resetLink) {
}
