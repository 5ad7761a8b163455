package com.warrantyportal.unit.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import com.warrantyportal.files.FileContentStore;
import com.warrantyportal.unit.RegistryFileRejectedException;

import org.apache.commons.csv.CSVParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded registry files under the uploads folder (outside the web root, under generated names) until their
 * import completes, so the background worker and a later resume can read them again. A file may be uploaded
 * gzip-compressed ({@code .csv.gz}): a million lines then fit well under the upload limit.
 */
@Component
public class RegistryFiles {

	private static final Logger log = LoggerFactory.getLogger(RegistryFiles.class);

	private static final int BUFFER = 1 << 16;

	private static final String FOLDER = "registry-imports/";

	private final FileContentStore contents;

	RegistryFiles(FileContentStore contents) {
		this.contents = contents;
	}

	/** An uploaded file as kept: its generated name, the name it was uploaded under, its size and about how many rows. */
	public record Stored(String storageName, String fileName, long sizeBytes, long rowsExpected) {
	}

	/**
	 * Copies the upload, checks that its first line names the registry columns and counts its lines.
	 * @throws RegistryFileRejectedException when it is not a registry file (nothing is kept then)
	 */
	public Stored store(String originalName, InputStream content) {
		String fileName = displayName(originalName);
		String storageName = null;
		try (InputStream in = new BufferedInputStream(content, BUFFER)) {
			in.mark(4);
			byte[] head = in.readNBytes(4);
			in.reset();
			int read = head.length;
			if (read == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
				throw new RegistryFileRejectedException("registry.file.spreadsheet", fileName);
			}
			if (read == 0) {
				throw new RegistryFileRejectedException("registry.file.empty", fileName);
			}
			boolean gzip = read >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
			storageName = UUID.randomUUID() + (gzip ? ".csv.gz" : ".csv");
			long size;
			try {
				size = contents.write(FOLDER + storageName, in);
			}
			catch (IOException ex) {
				// Nothing half-written stays behind: the store writes a file whole or not at all.
				throw new RegistryFileRejectedException(RegistryFileRejectedException.NOT_KEPT, fileName);
			}
			try (Reader reader = open(storageName); CSVParser parser = RegistryCsv.parse(reader)) {
				RegistryCsv.header(parser.iterator(), fileName);
			}
			long rows = countLines(storageName) - 1;
			if (rows <= 0) {
				throw new RegistryFileRejectedException("registry.file.noRows", fileName);
			}
			return new Stored(storageName, fileName, size, rows);
		}
		catch (IOException | UncheckedIOException ex) {
			forget(storageName);
			throw new RegistryFileRejectedException("registry.file.unreadable", fileName);
		}
		catch (RuntimeException ex) {
			forget(storageName);
			throw ex;
		}
	}

	/** The file's text, decompressed when it was uploaded compressed. */
	public Reader open(String storageName) throws IOException {
		InputStream raw = new BufferedInputStream(contents.read(FOLDER + checked(storageName)), BUFFER);
		InputStream in = decompressed(storageName, raw);
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
	}

	/** The content, decompressed when the file was uploaded compressed; the store's stream is closed if that fails. */
	private static InputStream decompressed(String storageName, InputStream raw) throws IOException {
		if (!storageName.endsWith(".gz")) {
			return raw;
		}
		try {
			return new GZIPInputStream(raw, BUFFER);
		}
		catch (IOException | RuntimeException ex) {
			raw.close();
			throw ex;
		}
	}

	public boolean exists(String storageName) {
		return contents.exists(FOLDER + checked(storageName));
	}

	public void delete(String storageName) {
		if (storageName == null) {
			return;
		}
		try {
			contents.delete(FOLDER + checked(storageName));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes a refused upload; a store that fails meanwhile leaves it behind, and the refusal still stands. */
	private void forget(String storageName) {
		try {
			delete(storageName);
		}
		catch (UncheckedIOException ex) {
			log.warn("Could not remove the refused registry file {}: {}", storageName, ex.toString());
		}
	}

	private long countLines(String storageName) throws IOException {
		try (InputStream in = decompressed(storageName, contents.read(FOLDER + checked(storageName)))) {
			byte[] buffer = new byte[BUFFER];
			long lines = 0;
			byte last = '\n';
			int n;
			while ((n = in.read(buffer)) > 0) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
				last = buffer[n - 1];
			}
			return last == '\n' ? lines : lines + 1;
		}
	}

	/** Names are the portal's own; one with a folder part in it was not made here. */
	private static String checked(String storageName) {
		if (storageName.contains("/") || storageName.contains("\\") || storageName.startsWith(".")) {
			throw new IllegalArgumentException("Not a registry file name: " + storageName);
		}
		return storageName;
	}

	/** The name the administrator's file had, without any folder part, safe to show. */
	static String displayName(String original) {
		String base = original == null ? "" : original.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (base.isEmpty()) {
			return "registry.csv";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}
}
