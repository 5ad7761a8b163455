package com.warrantyportal.files;

import java.io.IOException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files as objects in an S3-compatible bucket (Amazon S3, MinIO, Ceph, Cloudflare R2, Backblaze B2, ...), under an
 * optional key prefix: every instance reads what any instance wrote, with no shared folder. An object is written in
 * one request once its length is known (the upload is first copied to a temporary file), so a reader never sees half
 * a file. Failures of the bucket reach the callers as {@link IOException}s, as a failing disk would (from
 * {@link #exists}, which declares none, as a {@link FileStoreUnavailableException}).
 */
public class S3ContentStore implements FileContentStore, AutoCloseable {

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	public S3ContentStore(S3Client s3, String bucket, String prefix) {
		this.s3 = s3;
		this.bucket = bucket;
		String folder = prefix == null ? "" : prefix.strip().replaceFirst("^/+", "");
		this.prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
	}

	@Override
	public long write(String name, InputStream content) throws IOException {
		String key = keyOf(name);
		Path spooled = Files.createTempFile("upload-", ".part");
		try {
			long length = Files.copy(content, spooled, StandardCopyOption.REPLACE_EXISTING);
			s3.putObject(put -> put.bucket(bucket).key(key).contentLength(length), RequestBody.fromFile(spooled));
			return length;
		}
		catch (SdkException ex) {
			throw failed("write " + key + " to", ex);
		}
		finally {
			Files.deleteIfExists(spooled);
		}
	}

	@Override
	public InputStream read(String name) throws IOException {
		String key = keyOf(name);
		try {
			return new ObjectStream(s3.getObject(get -> get.bucket(bucket).key(key)));
		}
		catch (SdkException ex) {
			throw notFound(ex) ? new NoSuchFileException(name) : failed("read " + key + " from", ex);
		}
	}

	@Override
	public boolean exists(String name) {
		try {
			head(keyOf(name));
			return true;
		}
		catch (NoSuchFileException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new FileStoreUnavailableException(ex);
		}
	}

	@Override
	public void delete(String name) throws IOException {
		String key = keyOf(name);
		try {
			s3.deleteObject(delete -> delete.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw failed("delete " + key + " from", ex);
		}
	}

	@Override
	public Resource resource(String name) {
		return new ObjectResource(name);
	}

	/** Whether the bucket answers with these credentials (a start-up check). */
	void checkBucket() throws IOException {
		try {
			s3.headBucket(head -> head.bucket(bucket));
		}
		catch (SdkException ex) {
			throw failed("reach", ex);
		}
	}

	@Override
	public void close() {
		s3.close();
	}

	String describe() {
		return "bucket " + bucket + (prefix.isEmpty() ? "" : ", keys under " + prefix);
	}

	private HeadObjectResponse head(String key) throws IOException {
		try {
			return s3.headObject(head -> head.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw notFound(ex) ? new NoSuchFileException(key) : failed("look up " + key + " in", ex);
		}
	}

	/** No such object: S3's own code, or a 404 from a store that answers without it. */
	private static boolean notFound(SdkException ex) {
		return ex instanceof NoSuchKeyException || (ex instanceof S3Exception answer && answer.statusCode() == 404);
	}

	/** The bucket failed to do something: as a failing disk would, with what the store said. */
	private IOException failed(String doing, SdkException ex) {
		return new IOException("Could not " + doing + " bucket " + bucket + ": " + ex.getMessage(), ex);
	}

	/** The portal names its files itself; a name that would step outside the prefix is a mistake. */
	private String keyOf(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.equals("..")
				|| name.startsWith("../") || name.contains("/../") || name.endsWith("/..")) {
			throw new IllegalArgumentException("Not a file name of the uploads store: " + name);
		}
		return prefix + name;
	}

	/**
	 * An object's content: closed before its end (a download cancelled, a file read only for its first line), the
	 * request is aborted rather than the rest of the object read to reuse the connection.
	 */
	private static final class ObjectStream extends FilterInputStream {

		private final ResponseInputStream<GetObjectResponse> response;

		private final long length;

		private long read;

		private boolean ended;

		ObjectStream(ResponseInputStream<GetObjectResponse> response) {
			super(response);
			this.response = response;
			Long known = response.response().contentLength();
			this.length = known == null ? Long.MAX_VALUE : known;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? -1 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(n);
			return n;
		}

		private void count(int n) {
			if (n < 0) {
				ended = true;
			}
			else {
				read += n;
				ended |= read >= length;
			}
		}

		@Override
		public void close() throws IOException {
			if (!ended) {
				response.abort();
			}
			super.close();
		}
	}

	/**
	 * An object as a resource to send in a response: looked up and opened when asked, not before. Equal to another by
	 * its description (its key and bucket), as every {@link AbstractResource}.
	 */
	private final class ObjectResource extends AbstractResource {

		private final String name;

		ObjectResource(String name) {
			this.name = name;
		}

		@Override
		public boolean exists() {
			return S3ContentStore.this.exists(name);
		}

		@Override
		public long contentLength() throws IOException {
			Long length = head(keyOf(name)).contentLength();
			if (length == null) {
				throw new IOException("The store gave no length for " + keyOf(name));
			}
			return length;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return read(name);
		}

		@Override
		public String getFilename() {
			return name.substring(name.lastIndexOf('/') + 1);
		}

		@Override
		public String getDescription() {
			return "object " + keyOf(name) + " in bucket " + bucket;
		}
	}
}
