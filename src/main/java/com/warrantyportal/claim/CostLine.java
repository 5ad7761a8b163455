package com.warrantyportal.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One cost of an approved claim: what it pays for, how much, and in which currency (an ISO 4217 code). */
@Embeddable
public class CostLine {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CostKind kind;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(nullable = false)
	private String currency;

	protected CostLine() {
	}

	public CostLine(CostKind kind, BigDecimal amount, String currency) {
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("A cost is never negative: " + amount);
		}
		this.kind = Objects.requireNonNull(kind);
		this.amount = amount;
		this.currency = Objects.requireNonNull(currency);
	}

	/** What the lines add up to: the approved amount; null for no lines. */
	public static BigDecimal total(List<CostLine> lines) {
		return lines.isEmpty() ? null : lines.stream().map(CostLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public CostKind getKind() {
		return kind;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getCurrency() {
		return currency;
	}
}
