package com.warrantyportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;

import com.warrantyportal.audit.internal.AuditEntryRepository;

import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.CrudRepository;

/** The trail has no path in code to change or remove an entry (docs/audit.md). */
class AppendOnlyTrailTest {

	@Test
	void theRepositoryCanOnlyInsertAndRead() {
		assertThat(CrudRepository.class.isAssignableFrom(AuditEntryRepository.class)).isFalse();
		assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName))
			.allSatisfy(name -> assertThat(name.toLowerCase(Locale.ROOT)).doesNotContain("delete", "remove", "update",
					"modify", "saveall", "flush"))
			.allMatch(name -> name.equals("save") || name.startsWith("find"));
	}

	@Test
	void anEntryCannotChangeOnceMade() {
		assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
		assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods())
			.filter(method -> !Modifier.isPrivate(method.getModifiers()))
			.map(Method::getName)).allMatch(name -> name.startsWith("get"));
		assertThat(Arrays.stream(AuditEntry.class.getDeclaredFields()))
			.allMatch(field -> Modifier.isPrivate(field.getModifiers()));
		assertThat(Arrays.stream(AuditEntry.class.getDeclaredConstructors()))
			.noneMatch(constructor -> Modifier.isPublic(constructor.getModifiers()));
	}

	@Test
	void theServiceOffersNoWayToChangeOrRemoveEntries() {
		assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods())
			.filter(method -> Modifier.isPublic(method.getModifiers()))
			.map(method -> method.getName().toLowerCase(Locale.ROOT)))
			.noneMatch(name -> name.contains("delete") || name.contains("remove") || name.contains("update")
					|| name.contains("purge") || name.contains("edit"));
	}
}
