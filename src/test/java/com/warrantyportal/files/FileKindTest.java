package com.warrantyportal.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileKindTest {

	@Test
	void recognisesEachAcceptedTypeByItsFirstBytes() {
		assertThat(FileKind.detect("%PDF-1.7 rest".getBytes())).contains(FileKind.PDF);
		assertThat(FileKind.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).contains(FileKind.JPEG);
		assertThat(FileKind.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })).contains(FileKind.PNG);
		assertThat(FileKind.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes())).contains(FileKind.WEBP);
	}

	@Test
	void refusesEverythingElseWhateverItIsCalled() {
		assertThat(FileKind.detect("<html><script>".getBytes())).isEmpty();
		assertThat(FileKind.detect("RIFF\0\0\0\0WAVEfmt ".getBytes())).isEmpty();
		assertThat(FileKind.detect(new byte[] { 'P', 'K', 3, 4 })).isEmpty();
		assertThat(FileKind.detect(new byte[0])).isEmpty();
	}

	@Test
	void keepsOnlyTheBaseNameOfWhatTheBrowserSent() {
		assertThat(FileStorage.displayName("C:\\Users\\me\\receipt.pdf")).isEqualTo("receipt.pdf");
		assertThat(FileStorage.displayName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileStorage.displayName("  ")).isEqualTo("upload");
	}
}
