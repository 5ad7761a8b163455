package com.warrantyportal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The same task on several threads released at the same instant, as a double tap sends one form twice. */
public final class AtOnce {

	private AtOnce() {
	}

	/** Runs the task {@code times} times at once and returns each run's result, waiting up to a minute for each. */
	public static <T> List<T> run(int times, Callable<T> task) throws Exception {
		CyclicBarrier together = new CyclicBarrier(times);
		ExecutorService threads = Executors.newFixedThreadPool(times);
		try {
			List<Future<T>> sent = new ArrayList<>();
			for (int t = 0; t < times; t++) {
				sent.add(threads.submit(() -> {
					together.await(10, TimeUnit.SECONDS);
					return task.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> each : sent) {
				results.add(each.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}
}
