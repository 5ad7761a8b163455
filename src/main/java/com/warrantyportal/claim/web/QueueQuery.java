package com.warrantyportal.claim.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.warrantyportal.claim.ClaimStatus;
import com.warrantyportal.claim.QueueOrder;
import com.warrantyportal.eligibility.VerdictStatus;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The staff queue's filters as the query string gives them. Values that are not one of the page's choices (a status
 * nobody has, a verdict or number that does not parse) are reported beside their field and the queue falls back to
 * that filter's default, instead of failing the page.
 */
public class QueueQuery {

	private static final Set<String> ASSIGNED = Set.of("", "me", "none");

	private String status;

	private VerdictStatus verdict;

	private Long manufacturer;

	private Long model;

	@Size(max = 80, message = "{staff.queue.modelNumber.tooLong}")
	private String modelNumber;

	@Min(value = 0, message = "{staff.queue.olderThan.range}")
	@Max(value = 3650, message = "{staff.queue.olderThan.range}")
	private Integer olderThan;

	private String assigned;

	private String sort;

	/** "overdue" for claims past their due time, else any. */
	private String due;

	private String after;

	/** OPEN (the default), ALL, or one status by name. */
	@AssertTrue(message = "{staff.queue.status.unknown}")
	public boolean isStatusKnown() {
		return status == null || status.isBlank() || "OPEN".equals(status) || "ALL".equals(status)
				|| Arrays.stream(ClaimStatus.values()).anyMatch(s -> s.name().equals(status));
	}

	@AssertTrue(message = "{staff.queue.assigned.unknown}")
	public boolean isAssignedKnown() {
		return assigned == null || ASSIGNED.contains(assigned);
	}

	@AssertTrue(message = "{staff.queue.sort.unknown}")
	public boolean isSortKnown() {
		return sort == null || QueueOrder.of(sort).isPresent();
	}

	@AssertTrue(message = "{staff.queue.due.unknown}")
	public boolean isDueKnown() {
		return due == null || due.isEmpty() || "overdue".equals(due);
	}

	String dueShown() {
		return due == null || !isDueKnown() ? "" : due;
	}

	public String getDue() {
		return due;
	}

	public void setDue(String due) {
		this.due = due;
	}

	/** The status to filter by, or null for all open claims or any status. */
	ClaimStatus statusFilter() {
		return isStatusKnown() && !isAll() && status != null && !status.isBlank() && !"OPEN".equals(status)
				? ClaimStatus.valueOf(status) : null;
	}

	boolean isAll() {
		return "ALL".equals(status);
	}

	/** What the status choice shows: the typed value when it is one of ours, else all open claims. */
	String statusShown() {
		return status == null || status.isBlank() || !isStatusKnown() ? "OPEN" : status;
	}

	String assignedShown() {
		return assigned == null || !isAssignedKnown() ? "" : assigned;
	}

	String sortShown() {
		return order().param();
	}

	/** The order asked for; the oldest first when none is, or one we do not have. */
	QueueOrder order() {
		return QueueOrder.of(sort).orElse(QueueOrder.OLDEST);
	}

	/** How a column's header sorts and tells how the queue is sorted. */
	public record ColumnSort(String param, String ariaSort, boolean sorted) {
	}

	/**
	 * Each sortable column's header, by column: the order its link gives (this one turned round when the queue is
	 * sorted by it, else its first order) and its {@code aria-sort} when the queue is sorted by it. The age column
	 * shows how long claims waited, so oldest first is its values descending.
	 */
	Map<String, ColumnSort> columnSorts() {
		QueueOrder current = order();
		Map<String, ColumnSort> sorts = new LinkedHashMap<>();
		for (String column : List.of("age", "due", "model", "status")) {
			boolean sorted = current.column().equals(column);
			QueueOrder link = sorted ? current.flipped() : QueueOrder.firstOf(column);
			boolean descending = "age".equals(column) ? !current.descending() : current.descending();
			sorts.put(column, new ColumnSort(link.param(), sorted ? (descending ? "descending" : "ascending") : null,
					sorted));
		}
		return sorts;
	}

	Integer olderThanShown() {
		return olderThan == null || olderThan < 0 || olderThan > 3650 ? null : olderThan;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public VerdictStatus getVerdict() {
		return verdict;
	}

	public void setVerdict(VerdictStatus verdict) {
		this.verdict = verdict;
	}

	public Long getManufacturer() {
		return manufacturer;
	}

	public void setManufacturer(Long manufacturer) {
		this.manufacturer = manufacturer;
	}

	public Long getModel() {
		return model;
	}

	public void setModel(Long model) {
		this.model = model;
	}

	public String getModelNumber() {
		return modelNumber;
	}

	public void setModelNumber(String modelNumber) {
		this.modelNumber = modelNumber;
	}

	public Integer getOlderThan() {
		return olderThan;
	}

	public void setOlderThan(Integer olderThan) {
		this.olderThan = olderThan;
	}

	public String getAssigned() {
		return assigned;
	}

	public void setAssigned(String assigned) {
		this.assigned = assigned;
	}

	public String getSort() {
		return sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public String getAfter() {
		return after;
	}

	public void setAfter(String after) {
		this.after = after;
	}
}
