package com.warrantyportal.unit.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import com.warrantyportal.unit.RegistryFileRejectedException;

import org.apache.commons.csv.CSVParser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded registry files under the uploads folder (outside the web root, under generated names) until their
 * import completes, so the background worker and a later resume can read them again. A file may be uploaded
 * gzip-compressed ({@code .csv.gz}): a million lines then fit well under the upload limit.
 */
@Component
public class RegistryFiles {

	private static final int BUFFER = 1 << 16;

	private final Path folder;

	RegistryFiles(@Value("${warranty.uploads-dir}") String uploadsDir) {
		this.folder = Path.of(uploadsDir).toAbsolutePath().normalize().resolve("registry-imports");
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
		String storageName = UUID.randomUUID() + ".csv";
		Path target = pathOf(storageName);
		try {
			Files.createDirectories(folder);
			Files.copy(content, target);
			byte[] head = new byte[4];
			int read;
			try (InputStream in = Files.newInputStream(target)) {
				read = in.readNBytes(head, 0, 4);
			}
			if (read >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
				String compressed = storageName + ".gz";
				Files.move(target, pathOf(compressed));
				storageName = compressed;
				target = pathOf(compressed);
			}
			else if (read == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
				throw new RegistryFileRejectedException("registry.file.spreadsheet", fileName);
			}
			else if (read == 0) {
				throw new RegistryFileRejectedException("registry.file.empty", fileName);
			}
			try (Reader reader = open(storageName); CSVParser parser = RegistryCsv.parse(reader)) {
				RegistryCsv.header(parser.iterator(), fileName);
			}
			long rows = countLines(storageName) - 1;
			if (rows <= 0) {
				throw new RegistryFileRejectedException("registry.file.noRows", fileName);
			}
			return new Stored(storageName, fileName, Files.size(target), rows);
		}
		catch (IOException | UncheckedIOException ex) {
			delete(storageName);
			throw new RegistryFileRejectedException("registry.file.unreadable", fileName);
		}
		catch (RuntimeException ex) {
			delete(storageName);
			throw ex;
		}
	}

	/** The file's text, decompressed when it was uploaded compressed. */
	public Reader open(String storageName) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(pathOf(storageName)), BUFFER);
		if (storageName.endsWith(".gz")) {
			in = new GZIPInputStream(in, BUFFER);
		}
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
	}

	public boolean exists(String storageName) {
		return Files.exists(pathOf(storageName));
	}

	public void delete(String storageName) {
		try {
			Files.deleteIfExists(pathOf(storageName));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long countLines(String storageName) throws IOException {
		InputStream raw = Files.newInputStream(pathOf(storageName));
		try (InputStream in = storageName.endsWith(".gz") ? new GZIPInputStream(raw, BUFFER) : raw) {
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

	private Path pathOf(String storageName) {
		Path path = folder.resolve(storageName).normalize();
		if (!path.startsWith(folder)) {
			throw new IllegalArgumentException("Storage name escapes the registry folder");
		}
		return path;
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
