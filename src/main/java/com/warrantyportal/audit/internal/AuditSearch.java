package com.warrantyportal.audit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.warrantyportal.audit.AuditEntry;
import com.warrantyportal.audit.AuditFilter;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

/**
 * The audit log's filtered, newest-first pages by keyset ({@code id < before}). Only the filters given become
 * conditions, so each query can use the index of its most selective filter in id order (V34).
 */
@Component
public class AuditSearch {

	/** More would not be a choice people read; the trail has a few dozen actions and a dozen target types. */
	private static final int MAX_CHOICES = 500;

	private final EntityManager entityManager;

	AuditSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public List<AuditEntry> page(AuditFilter filter, Long before, int size) {
		StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
		Map<String, Object> parameters = new HashMap<>();
		condition(jpql, parameters, "e.actor = :actor", "actor", filter.actor());
		condition(jpql, parameters, "e.action = :action", "action", filter.action());
		condition(jpql, parameters, "e.targetType = :targetType", "targetType", filter.targetType());
		condition(jpql, parameters, "e.targetId = :targetId", "targetId", filter.targetId());
		condition(jpql, parameters, "e.occurredAt >= :from", "from", filter.from());
		condition(jpql, parameters, "e.occurredAt < :to", "to", filter.to());
		condition(jpql, parameters, "e.id < :before", "before", before);
		TypedQuery<AuditEntry> query = entityManager.createQuery(jpql.append(" order by e.id desc").toString(),
				AuditEntry.class);
		parameters.forEach(query::setParameter);
		return query.setMaxResults(size).getResultList();
	}

	/** The actions the trail holds, in order, for the page's choice. */
	public List<String> actions() {
		return distinct("action");
	}

	/** The target types the trail holds, in order, for the page's choice. */
	public List<String> targetTypes() {
		return distinct("targetType");
	}

	/**
	 * The values of an indexed column, one index seek each ({@code min(x) where x > the last one}): a few dozen
	 * seeks instead of reading the whole index, which {@code select distinct} does on MariaDB.
	 */
	private List<String> distinct(String attribute) {
		TypedQuery<String> first = entityManager.createQuery("select min(e." + attribute + ") from AuditEntry e",
				String.class);
		TypedQuery<String> next = entityManager.createQuery(
				"select min(e." + attribute + ") from AuditEntry e where e." + attribute + " > :last", String.class);
		List<String> values = new ArrayList<>();
		for (String value = first.getSingleResult(); value != null && values.size() < MAX_CHOICES;
				value = next.setParameter("last", value).getSingleResult()) {
			values.add(value);
		}
		return values;
	}

	private static void condition(StringBuilder jpql, Map<String, Object> parameters, String condition, String name,
			Object value) {
		if (value != null) {
			jpql.append(" and ").append(condition);
			parameters.put(name, value);
		}
	}
}
