package com.warrantyportal.claim;

/**
 * A staff action the claim's state does not allow (an override on a closed claim, assigning a claim to the agent
 * who has it already). An {@link IllegalStateException}, as the aggregate's refusals are; the page shows the
 * message key's text.
 */
public class ClaimActionRefusedException extends IllegalStateException {

	private final StaffAction action;

	private final ClaimStatus status;

	private final String messageKey;

	public ClaimActionRefusedException(String number, StaffAction action, ClaimStatus status, String messageKey) {
		super("Claim " + number + " (" + status + ") does not allow " + action);
		this.action = action;
		this.status = status;
		this.messageKey = messageKey;
	}

	public StaffAction getAction() {
		return action;
	}

	public ClaimStatus getStatus() {
		return status;
	}

	/** Says why in staff's words; its arguments are the status and the action, each named by its own key. */
	public String getMessageKey() {
		return messageKey;
	}
}
