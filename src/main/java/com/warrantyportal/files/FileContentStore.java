package com.warrantyportal.files;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.Resource;

/**
 * Where the bytes of uploaded files live: receipts, photos, manuals, label pictures and registry files waiting to be
 * imported. The portal names every file itself (a generated name, optionally under a folder such as
 * {@code registry-imports/}); the database keeps what the files are and whose. The default keeps them in the
 * {@code warranty.uploads-dir} folder ({@link LocalFolderContentStore}), which several instances share on a network
 * file system; with {@code warranty.uploads.s3.bucket} set, an S3-compatible bucket ({@link S3ContentStore}). Chosen
 * in {@link FileStoreConfiguration}; every failure of the store is an {@link IOException}.
 */
public interface FileContentStore {

	/** Writes the content under the name, replacing what was there; returns how many bytes were written. */
	long write(String name, InputStream content) throws IOException;

	/** Reads the content back. @throws java.nio.file.NoSuchFileException when there is none under the name */
	InputStream read(String name) throws IOException;

	boolean exists(String name);

	/** Removes the content if there is any. */
	void delete(String name) throws IOException;

	/** The content as a resource to send in a response. */
	Resource resource(String name);
}
