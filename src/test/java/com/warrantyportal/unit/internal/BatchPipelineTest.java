package com.warrantyportal.unit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The writer threads may take an import's batches in any order: whichever order they run in, the batches before a
 * failed one are written and counted and the ones after it are not.
 */
class BatchPipelineTest {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	/** Holds the batches handed over, to run them in the order a test chooses, as busy threads might. */
	private final List<Runnable> handedOver = new ArrayList<>();

	private final RegistryBatchWriter writer = mock(RegistryBatchWriter.class);

	private final BatchPipeline pipeline = new BatchPipeline(handedOver::add, writer, Clock.fixed(NOW, ZoneOffset.UTC),
			7L, 1L, new RegistryBatchWriter.Counts(0, 0, 0), 3);

	private static RegistryBatchWriter.Batch batch(int number) {
		return new RegistryBatchWriter.Batch(7L, 3L, List.of(), List.of(), NOW.plusSeconds(number));
	}

	private void submitThree() throws InterruptedException {
		for (int number = 1; number <= 3; number++) {
			pipeline.submit(batch(number), new RegistryBatchWriter.Counts(4L * number, 4L * number, 0));
		}
	}

	@Test
	void aBatchBeforeTheFailedOneIsWrittenAndCountedEvenWhenItsThreadRunsLast() throws InterruptedException {
		when(writer.progress(eq(7L), anyLong(), any(), eq(NOW))).thenAnswer(call -> (long) call.getArgument(1) + 1);
		doThrow(new DataAccessResourceFailureException("Connection reset")).when(writer)
			.write(argThat(batch -> batch.at().equals(NOW.plusSeconds(2))));
		submitThree();

		handedOver.get(1).run(); // the second batch fails first
		handedOver.get(2).run();
		handedOver.get(0).run();

		assertThatThrownBy(pipeline::finish).hasMessage("Connection reset");
		assertThat(pipeline.counted()).isEqualTo(new RegistryBatchWriter.Counts(4, 4, 0));
		assertThat(pipeline.version()).isEqualTo(2L);
		verify(writer).write(batch(1));
		verify(writer, never()).write(batch(3));
	}

	@Test
	void theEarliestFailureIsTheOneReported() throws InterruptedException {
		doThrow(new DataAccessResourceFailureException("third")).when(writer)
			.write(argThat(batch -> batch.at().equals(NOW.plusSeconds(3))));
		doThrow(new DataAccessResourceFailureException("first")).when(writer)
			.write(argThat(batch -> batch.at().equals(NOW.plusSeconds(1))));
		submitThree();

		handedOver.get(2).run();
		handedOver.get(1).run();
		handedOver.get(0).run();

		assertThatThrownBy(pipeline::finish).hasMessage("first");
		assertThat(pipeline.counted()).as("nothing counted past a gap").isEqualTo(new RegistryBatchWriter.Counts(0, 0, 0));
		verify(writer, never()).progress(anyLong(), anyLong(), any(), any());
	}

}
