package com.warrantyportal.claim;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many claims are in each status, for the queue's header, without counting the claim table on every request.
 * <p>
 * The counts are kept for a few seconds per instance: the open statuses for {@link #OPEN_FRESH} (counted from the
 * index range of the open statuses only: open claims are the few recent ones), the decided ones for
 * {@link #DECIDED_FRESH} (they are history, so a count a few minutes old says the same; counting them reads most of
 * the table's status index). When a count is due, one request recounts and the others keep showing the previous one
 * meanwhile, so no request waits for it except the very first. A counter table kept in the transaction of each
 * change was the alternative: exact, but every claim filed would then lock the same "submitted" row until it commits,
 * and every path that changes a status (and every bulk load) would have to keep it right.
 */
@Component
class QueueCounts {

	static final Duration OPEN_FRESH = Duration.ofSeconds(5);

	static final Duration DECIDED_FRESH = Duration.ofMinutes(5);

	private static final Set<ClaimStatus> DECIDED = EnumSet.complementOf(EnumSet.copyOf(ClaimStatus.open()));

	private final NamedParameterJdbcTemplate jdbc;

	private final Expiring<Map<ClaimStatus, Long>> open;

	private final Expiring<Map<ClaimStatus, Long>> decided;

	@Autowired
	QueueCounts(NamedParameterJdbcTemplate jdbc) {
		this(jdbc, OPEN_FRESH, DECIDED_FRESH);
	}

	QueueCounts(NamedParameterJdbcTemplate jdbc, Duration openFresh, Duration decidedFresh) {
		this.jdbc = jdbc;
		this.open = new Expiring<>(() -> count(ClaimStatus.open()), openFresh);
		this.decided = new Expiring<>(() -> count(DECIDED), decidedFresh);
	}

	/** Every status, in workflow order, with its count (zero when none). */
	Map<ClaimStatus, Long> current() {
		Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
		for (ClaimStatus status : ClaimStatus.values()) {
			counts.put(status, 0L);
		}
		counts.putAll(open.get());
		counts.putAll(decided.get());
		return Collections.unmodifiableMap(counts);
	}

	private Map<ClaimStatus, Long> count(Set<ClaimStatus> statuses) {
		Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
		jdbc.query("SELECT status, COUNT(*) AS claims FROM claim WHERE status IN (:statuses) GROUP BY status",
				Map.of("statuses", statuses.stream().map(Enum::name).toList()),
				rs -> {
					counts.put(ClaimStatus.valueOf(rs.getString("status")), rs.getLong("claims"));
				});
		return counts;
	}

	/** A value loaded again once older than its freshness; one caller loads, the others keep the previous value. */
	private static final class Expiring<T> {

		private final Supplier<T> loader;

		private final long freshNanos;

		private final ReentrantLock loading = new ReentrantLock();

		private volatile Loaded<T> loaded;

		Expiring(Supplier<T> loader, Duration fresh) {
			this.loader = loader;
			this.freshNanos = fresh.toNanos();
		}

		T get() {
			Loaded<T> current = loaded;
			if (current != null && current.freshAt(System.nanoTime(), freshNanos)) {
				return current.value();
			}
			if (current == null) {
				loading.lock();
			}
			else if (!loading.tryLock()) {
				return current.value();
			}
			try {
				Loaded<T> latest = loaded;
				if (latest == null || !latest.freshAt(System.nanoTime(), freshNanos)) {
					latest = new Loaded<>(loader.get(), System.nanoTime());
					loaded = latest;
				}
				return latest.value();
			}
			finally {
				loading.unlock();
			}
		}
	}

	private record Loaded<T>(T value, long at) {

		boolean freshAt(long now, long freshNanos) {
			return now - at < freshNanos;
		}
	}
}
