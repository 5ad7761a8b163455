package com.warrantyportal.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;

/**
 * Token buckets every instance shares, one row each in a table shaped {@code (id CHAR(64), state BLOB, expires_at
 * BIGINT)} (Bucket4j's MySQL proxy: the row is read {@code FOR UPDATE}, changed and written back). Rows are keyed by
 * the SHA-256 of what they count, so no e-mail address or client address is kept as such, and expire when their
 * bucket is full again.
 */
public final class TokenBucketTables {

	private TokenBucketTables() {
	}

	public static MySQLSelectForUpdateBasedProxyManager<String> in(DataSource dataSource, String table) {
		return Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(table)
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/** The row key of what a bucket counts: the SHA-256 of its parts, one per line. */
	public static String key(String... parts) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Deletes the rows of full buckets, a thousand at a time, until none is left. */
	public static void removeExpired(MySQLSelectForUpdateBasedProxyManager<String> buckets) {
		while (buckets.removeExpired(1000) == 1000) {
			// carry on until a batch comes back short
		}
	}
}
