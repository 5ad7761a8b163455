package com.warrantyportal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;

/**
 * Records every statement the application sends to the database on the current thread, as the server receives it
 * (MySQL Connector/J binds parameters on the client, so the text carries the values): the SQL that Hibernate and the
 * JDBC read models really run, for EXPLAIN. Installed by adding {@code queryInterceptors=} this class to the JDBC
 * URL; records only inside {@link #during}.
 */
public class RecordedStatements implements QueryInterceptor {

	/** Appended to a JDBC URL that has no parameters yet. */
	public static final String URL_PARAMETER = "queryInterceptors=" + RecordedStatements.class.getName();

	private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

	/** Runs the work and returns the statements it sent, in order. */
	public static List<String> during(ThrowingRunnable work) throws Exception {
		List<String> statements = new ArrayList<>();
		RECORDING.set(statements);
		try {
			work.run();
		}
		finally {
			RECORDING.remove();
		}
		return statements;
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;
	}

	@Override
	public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
		return this;
	}

	@Override
	public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
		List<String> statements = RECORDING.get();
		if (statements != null) {
			statements.add(sql.get());
		}
		return null;
	}

	@Override
	public boolean executeTopLevelOnly() {
		return true;
	}

	@Override
	public void destroy() {
	}

	@Override
	public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
			ServerSession serverSession) {
		return null;
	}
}
