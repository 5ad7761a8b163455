package com.warrantyportal.infrastructure.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Whether a failure means the database could not be reached (down, unreachable, refusing), as opposed to a bug. */
public final class DatabaseUnavailable {

	private DatabaseUnavailable() {
	}

	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
		}
		return false;
	}
}
