package com.warrantyportal.claim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.warrantyportal.claim.BulkClaimActions;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The queue's bulk form: the ticked claims (each {@code NUMBER@VERSION}, the version the queue showed) and the action.
 * {@code back} is the queue's query string, so the queue reopens with its filters.
 */
public class BulkForm {

	private static final Pattern SELECTED = Pattern.compile("(WC-\\d{4}-\\d{6})@(\\d{1,18})");

	private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9=&%._+\\-]{0,1000}");

	@NotEmpty(message = "{staff.bulk.noneTicked}")
	@Size(max = 50, message = "{staff.bulk.tooMany}")
	private List<String> selected = new ArrayList<>();

	@NotNull(message = "{staff.bulk.noAction}")
	private BulkClaimActions.Action action;

	private String back;

	/** The ticked claims that read as a claim number and a version; anything else is ignored. */
	List<BulkClaimActions.Selected> claims() {
		List<BulkClaimActions.Selected> claims = new ArrayList<>();
		for (String value : selected) {
			Matcher matcher = value == null ? null : SELECTED.matcher(value);
			if (matcher != null && matcher.matches()) {
				claims.add(new BulkClaimActions.Selected(matcher.group(1), Long.parseLong(matcher.group(2))));
			}
		}
		return claims;
	}

	/** Where to go back to: the queue with the query string it had, when that looks like one. */
	String queue() {
		return Optional.ofNullable(back).filter(q -> !q.isEmpty() && QUERY.matcher(q).matches())
			.map(q -> "/staff/claims?" + q).orElse("/staff/claims");
	}

	public List<String> getSelected() {
		return selected;
	}

	public void setSelected(List<String> selected) {
		this.selected = selected;
	}

	public BulkClaimActions.Action getAction() {
		return action;
	}

	public void setAction(BulkClaimActions.Action action) {
		this.action = action;
	}

	public String getBack() {
		return back;
	}

	public void setBack(String back) {
		this.back = back;
	}
}
