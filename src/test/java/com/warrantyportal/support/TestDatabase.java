package com.warrantyportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The MySQL-protocol database the integration tests run on, chosen once per test JVM:
 * <ol>
 * <li>the server at {@code WARRANTY_TEST_DB_URL} when that is set (CI uses the local MariaDB);</li>
 * <li>else a Testcontainers MySQL 8.4 when a Docker engine answers;</li>
 * <li>else {@code jdbc:mysql://127.0.0.1:3306/warranty_test}.</li>
 * </ol>
 * An external test database (its name must end in {@code _test}) is dropped and created afresh once per run, so
 * every run starts from the migrations. On MariaDB the Hibernate dialect is set as the {@code mariadb} profile does.
 */
public final class TestDatabase {

	private static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/warranty_test";

	private static Map<String, String> properties;

	/** Who may create databases on the test server: the test user, or root in a Testcontainers MySQL. */
	private static String adminUser;

	private TestDatabase() {
	}

	public static synchronized Map<String, String> properties() {
		if (properties == null) {
			properties = resolve();
		}
		return properties;
	}

	private static Map<String, String> resolve() {
		String url = System.getenv("WARRANTY_TEST_DB_URL");
		String user = envOr("WARRANTY_TEST_DB_USER", "root");
		String password = envOr("WARRANTY_TEST_DB_PASSWORD", "");
		if (url == null || url.isBlank()) {
			if (dockerAvailable()) {
				@SuppressWarnings("resource") // lives as long as the test JVM
				MySQLContainer mysql = new MySQLContainer("mysql:8.4").withDatabaseName("warranty_test");
				mysql.start();
				url = mysql.getJdbcUrl();
				user = mysql.getUsername();
				password = mysql.getPassword();
				adminUser = "root"; // Testcontainers gives root the same password
			}
			else {
				url = DEFAULT_URL;
				recreate(url, user, password);
			}
		}
		else {
			recreate(url, user, password);
		}
		if (adminUser == null) {
			adminUser = user;
		}
		return connection(url, user, password);
	}

	/**
	 * A new, empty database beside the shared one (its name: the shared one's with {@code _name} before
	 * {@code _test}), for a test that must see a fresh installation. Dropped and created on every call.
	 */
	public static synchronized Map<String, String> fresh(String name) {
		Map<String, String> shared = properties();
		String url = shared.get("spring.datasource.url");
		String user = shared.get("spring.datasource.username");
		String password = shared.get("spring.datasource.password");
		int slash = url.indexOf('/', "jdbc:mysql://".length());
		int query = url.indexOf('?', slash);
		String database = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
		String freshDatabase = database.replaceFirst("(_test)?$", "") + "_" + name + "_test";
		String freshUrl = url.substring(0, slash + 1) + freshDatabase + (query < 0 ? "" : url.substring(query));
		recreate(freshUrl, adminUser, password);
		if (!adminUser.equals(user)) {
			try (Connection connection = DriverManager.getConnection(serverUrlOf(freshUrl), adminUser, password);
					Statement statement = connection.createStatement()) {
				statement.execute("GRANT ALL ON " + freshDatabase + ".* TO '" + user + "'@'%'");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot grant " + user + " the database " + freshDatabase, ex);
			}
		}
		return connection(freshUrl, user, password);
	}

	private static String serverUrlOf(String url) {
		int slash = url.indexOf('/', "jdbc:mysql://".length());
		int query = url.indexOf('?', slash);
		return url.substring(0, slash + 1) + (query < 0 ? "" : url.substring(query));
	}

	private static Map<String, String> connection(String url, String user, String password) {
		Map<String, String> result = new LinkedHashMap<>();
		result.put("spring.datasource.url", url);
		result.put("spring.datasource.username", user);
		result.put("spring.datasource.password", password);
		if (isMariaDb(url, user, password)) {
			result.put("spring.jpa.database-platform", "org.hibernate.dialect.MariaDBDialect");
			result.put("spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB");
			result.put("spring.jpa.properties.jakarta.persistence.database-major-version", "10");
			result.put("spring.jpa.properties.jakarta.persistence.database-minor-version", "11");
		}
		return result;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	/** Drops and creates the database named in the URL; refuses any name that does not end in _test. */
	private static void recreate(String url, String user, String password) {
		int slash = url.indexOf('/', "jdbc:mysql://".length());
		int query = url.indexOf('?', slash);
		String database = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
		if (!database.matches("[A-Za-z0-9_]+_test")) {
			throw new IllegalStateException(
					"Refusing to reset database '" + database + "': a test database name must end in _test");
		}
		String serverUrl = serverUrlOf(url);
		try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database);
			statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the test database at " + serverUrl
					+ " (is MariaDB/MySQL running? .ci/run starts it)", ex);
		}
	}

	private static boolean isMariaDb(String url, String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT VERSION()")) {
			return rs.next() && rs.getString(1).toLowerCase().contains("mariadb");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the test database at " + url, ex);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}
}
