package com.warrantyportal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.warrantyportal.account.Account;
import com.warrantyportal.support.Fixtures;
import com.warrantyportal.support.MySqlIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An upload written before its transaction opens (so that no connection waits on the disk) and recorded in it: the
 * bytes stay with the record when the transaction commits, and go when it rolls back.
 */
class WrittenFilesIT extends MySqlIntegrationTest {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1,
			1, 0, 0, 1, 9, 9, 9 };

	@Autowired
	FileStorage storage;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Value("${warranty.uploads-dir}")
	String uploadsDir;

	@Test
	void writingRecordsNothingAndRecordingKeepsTheBytes() {
		Account owner = fixtures.owner();
		FileStorage.WrittenFile written = storage.write(owner.getId(),
				new MockMultipartFile("photos", "kettle.jpg", "image/jpeg", JPEG));
		assertThat(Files.exists(contentOf(written))).isTrue();
		assertThat(recordsOf(written)).isZero();

		StoredFile file = new TransactionTemplate(transactions).execute(status -> storage.record(written));

		assertThat(recordsOf(written)).isOne();
		assertThat(storage.hasContent(file)).isTrue();
		assertThat(file.getName()).isEqualTo("kettle.jpg");
		assertThat(file.getSizeBytes()).isEqualTo(JPEG.length);
	}

	@Test
	void aRecordRolledBackTakesItsBytesWithIt() {
		Account owner = fixtures.owner();
		FileStorage.WrittenFile written = storage.write(owner.getId(),
				new MockMultipartFile("photos", "kettle.jpg", "image/jpeg", JPEG));

		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			storage.record(written);
			throw new IllegalStateException("the claim could not be filed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(recordsOf(written)).isZero();
		assertThat(Files.exists(contentOf(written))).isFalse();
	}

	@Test
	void bytesThatCouldNotBeRecordedAreForgotten() {
		Account owner = fixtures.owner();
		FileStorage.WrittenFile written = storage.write(owner.getId(),
				new MockMultipartFile("photos", "kettle.jpg", "image/jpeg", JPEG));
		storage.forget(written);
		assertThat(Files.exists(contentOf(written))).isFalse();
		assertThat(recordsOf(written)).isZero();
	}

	@Test
	void aFileOfAnotherKindIsRefusedBeforeAnythingIsWritten() {
		Account owner = fixtures.owner();
		assertThatThrownBy(() -> storage.write(owner.getId(),
				new MockMultipartFile("photos", "kettle.jpg", "image/jpeg", "<html>".getBytes())))
			.isInstanceOf(FileRejectedException.class);
	}

	private long recordsOf(FileStorage.WrittenFile written) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM stored_file WHERE storage_name = ?", Long.class,
				written.storageName());
	}

	private Path contentOf(FileStorage.WrittenFile written) {
		return Path.of(uploadsDir).resolve(written.storageName().substring(0, 2)).resolve(written.storageName());
	}
}
