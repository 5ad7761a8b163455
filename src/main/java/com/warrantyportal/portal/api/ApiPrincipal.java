package com.warrantyportal.portal.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The organisation behind an API request. Its authorities are what the application services check: every token has
 * {@code ROLE_API}; a manufacturer's also {@code ROLE_API_MANUFACTURER}, a retailer's {@code ROLE_API_RETAILER}.
 */
public record ApiPrincipal(long clientId, String organisation, ApiScope scope, Long manufacturerId) {

	List<GrantedAuthority> authorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_API"));
		if (scope != ApiScope.READ_ONLY) {
			authorities.add(new SimpleGrantedAuthority("ROLE_API_" + scope.name()));
		}
		return authorities;
	}

	/** The name the audit trail gives the API's actions: {@code api:12 Northfield Appliances}. */
	public String actor() {
		return "api:" + clientId + " " + organisation;
	}

	/** The manufacturer whose data the token may read, or a refusal: a retailer's token, or a reader without one. */
	long readableManufacturer() {
		if (manufacturerId == null) {
			throw ApiProblem.forbidden("This token does not speak for a manufacturer, so it cannot read this.");
		}
		return manufacturerId;
	}

	/** Refuses any token but a retailer's. */
	void requireRetailer() {
		if (scope != ApiScope.RETAILER) {
			throw ApiProblem.forbidden("Only a retailer's token may do this; this token's scope is " + scope + ".");
		}
	}

	/** The manufacturer the token may change data for, or a refusal for any other scope. */
	long writableManufacturer() {
		if (scope != ApiScope.MANUFACTURER) {
			throw ApiProblem.forbidden("Only a manufacturer's token may do this; this token's scope is " + scope + ".");
		}
		return manufacturerId;
	}
}
