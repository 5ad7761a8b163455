package com.warrantyportal.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name an upload is kept and served under says what its content is, and hides nothing. */
class FileNamesTest {

	@Test
	void aNameWhoseExtensionContradictsTheContentGetsTheContentsExtension() {
		assertThat(FileStorage.nameFor("poly.html", FileKind.PNG)).isEqualTo("poly.png");
		assertThat(FileStorage.nameFor("setup.exe", FileKind.JPEG)).isEqualTo("setup.jpg");
		assertThat(FileStorage.nameFor("invoice.pdf.exe", FileKind.PDF)).isEqualTo("invoice.pdf.pdf");
		assertThat(FileStorage.nameFor("receipt", FileKind.WEBP)).isEqualTo("receipt.webp");
		assertThat(FileStorage.nameFor(".htaccess", FileKind.PNG)).isEqualTo(".htaccess.png");
	}

	@Test
	void aNameThatAlreadyFitsTheContentIsKept() {
		assertThat(FileStorage.nameFor("photo.jpeg", FileKind.JPEG)).isEqualTo("photo.jpeg");
		assertThat(FileStorage.nameFor("Scan.PDF", FileKind.PDF)).isEqualTo("Scan.PDF");
		assertThat(FileStorage.nameFor("kühlschrank 🧊.png", FileKind.PNG)).isEqualTo("kühlschrank 🧊.png");
	}

	@Test
	void rightToLeftOverridesAndControlCharactersAreRemovedBeforeTheExtensionIsChecked() {
		// Shown by a browser as "photo_gnp.exe" reversed: "photo_exe.png", while the name really ends in ".exe".
		assertThat(FileStorage.nameFor("photo_\u202Egnp.exe", FileKind.PNG)).isEqualTo("photo_gnp.png");
		assertThat(FileStorage.nameFor("a\u2066b\u2069\u200B\u0000\r\nc.png", FileKind.PNG)).isEqualTo("abc.png");
		assertThat(FileStorage.nameFor("\u202E", FileKind.PDF)).isEqualTo("upload.pdf");
		assertThat(FileStorage.nameFor("../../etc/passwd", FileKind.PDF)).isEqualTo("passwd.pdf");
	}

	@Test
	void aFileStoredBeforeNamesWereCleanedIsShownAndServedUnderTheCleanName() {
		StoredFile old = new StoredFile(1L, "ab/ab.png", "holiday_\u202Egnp.exe", FileKind.PNG, 16, "0",
				java.time.Instant.EPOCH);
		assertThat(old.getName()).isEqualTo("holiday_gnp.png");
	}
}
