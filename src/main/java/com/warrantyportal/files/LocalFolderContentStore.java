package com.warrantyportal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Files in a folder ({@code warranty.uploads-dir}), outside the web root. A file is written to a temporary name
 * first and then moved into place, so a reader on another instance sharing the folder never sees half a file.
 */
public class LocalFolderContentStore implements FileContentStore {

	private final Path root;

	public LocalFolderContentStore(String uploadsDir) {
		this.root = Path.of(uploadsDir).toAbsolutePath().normalize();
	}

	@Override
	public long write(String name, InputStream content) throws IOException {
		Path target = pathOf(name);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling("." + UUID.randomUUID() + ".partial");
		try {
			long written = Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
			try {
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) { // some mounted object stores rename by copying
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return written;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public InputStream read(String name) throws IOException {
		return Files.newInputStream(pathOf(name));
	}

	@Override
	public boolean exists(String name) {
		return Files.exists(pathOf(name));
	}

	@Override
	public void delete(String name) throws IOException {
		Files.deleteIfExists(pathOf(name));
	}

	@Override
	public Resource resource(String name) {
		return new FileSystemResource(pathOf(name));
	}

	private Path pathOf(String name) {
		Path path = root.resolve(name).normalize();
		if (!path.startsWith(root) || path.equals(root)) {
			throw new IllegalArgumentException("File name escapes the uploads folder: " + name);
		}
		return path;
	}
}
