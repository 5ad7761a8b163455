package com.warrantyportal.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends to the database on the current thread, whoever sends them
 * (Hibernate, Spring Data, a {@code JdbcTemplate}): a test imports this configuration, which wraps the application's
 * {@link DataSource}, and measures a request with {@link #during(Callable)}. MockMvc runs a request on the test's
 * own thread, so statements of other threads never count. The session's own statements (Spring Session reads and
 * writes the {@code SPRING_SESSION} tables once or twice per request, whatever the page) are left out: they are the
 * same for every page, and these counts are about what a page itself costs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

	private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

	/** What ran: the number of statements and their SQL, in order. */
	public record Recorded(List<String> sql) {

		public int count() {
			return sql.size();
		}

		@Override
		public String toString() {
			return count() + " statements:\n  " + String.join("\n  ", sql);
		}
	}

	/** Runs the work and returns the statements it sent on this thread. */
	public static Recorded during(Callable<?> work) throws Exception {
		List<String> statements = new ArrayList<>();
		RECORDED.set(statements);
		try {
			work.call();
		}
		finally {
			RECORDED.remove();
		}
		return new Recorded(List.copyOf(statements));
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource)
						: bean;
			}
		};
	}

	private static void record(String sql) {
		List<String> statements = RECORDED.get();
		if (statements != null && (sql == null || !sql.contains("SPRING_SESSION"))) {
			statements.add(sql == null ? "(batch)" : sql.replaceAll("\\s+", " "));
		}
	}

	/** The application's data source, handing out connections whose statements are counted. */
	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						Object result = invoke(connection, method, args);
						if (result instanceof Statement statement) {
							String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
							return counted(statement, sql);
						}
						return result;
					});
		}

		private static Statement counted(Statement statement, String preparedSql) {
			Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
					: statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
			InvocationHandler handler = (proxy, method, args) -> {
				if (method.getName().startsWith("execute")) {
					record(preparedSql != null ? preparedSql
							: args != null && args.length > 0 && args[0] instanceof String text ? text : null);
				}
				return invoke(statement, method, args);
			};
			return (Statement) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] { type },
					handler);
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}
	}
}
