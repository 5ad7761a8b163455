package com.warrantyportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3-compatible server for tests (S3Proxy over a folder of target/), run as a process of its own so that its
 * libraries stay off the portal's class path. The build copies it to target/s3-server (pre-integration-test). One
 * per test JVM, started on first use on a free loopback port, stopped with the JVM; {@link #stop()} and
 * {@link #start()} make it unreachable for a while, on the same port and with the same objects.
 */
public final class S3Server {

	public static final String ACCESS_KEY = "portal-test-key";

	public static final String SECRET_KEY = "portal-test-secret";

	private static S3Server shared;

	private final int port;

	private final Path folder;

	private Process process;

	private S3Server(int port, Path folder) {
		this.port = port;
		this.folder = folder;
	}

	/** The server, started (the first call starts it). */
	public static synchronized S3Server shared() {
		if (shared == null) {
			try {
				shared = new S3Server(freePort(), Files.createTempDirectory(Path.of("target"), "s3-server-"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			shared.start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
		}
		return shared;
	}

	public String endpoint() {
		return "http://127.0.0.1:" + port;
	}

	/** A client of this server, as the tests' own view of the bucket. */
	public S3Client client() {
		return S3Client.builder()
			.endpointOverride(URI.create(endpoint()))
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.build();
	}

	/** Creates the bucket unless it is there. */
	public S3Server bucket(String name) {
		try (S3Client s3 = client()) {
			if (s3.listBuckets().buckets().stream().noneMatch(bucket -> bucket.name().equals(name))) {
				s3.createBucket(create -> create.bucket(name));
			}
		}
		return this;
	}

	/** The keys in the bucket that start with the prefix. */
	public List<String> keys(String bucket, String prefix) {
		try (S3Client s3 = client()) {
			return s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix))
				.contents()
				.stream()
				.map(S3Object::key)
				.toList();
		}
	}

	public synchronized void start() {
		if (process != null && process.isAlive()) {
			return;
		}
		Path jar = Path.of("target", "s3-server", "s3proxy.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " is missing: the build copies it before the integration tests");
		}
		try {
			Path blobs = Files.createDirectories(folder.resolve("blobs"));
			Path settings = folder.resolve("s3proxy.conf");
			Files.writeString(settings, String.join("\n", "s3proxy.endpoint=" + endpoint(),
					"s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + ACCESS_KEY,
					"s3proxy.credential=" + SECRET_KEY, "jclouds.provider=filesystem",
					"jclouds.filesystem.basedir=" + blobs.toAbsolutePath(), ""));
			String java = ProcessHandle.current().info().command().orElse("java");
			process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--properties", settings.toString())
				.redirectErrorStream(true)
				.redirectOutput(folder.resolve("s3proxy.log").toFile())
				.start();
			awaitListening(Duration.ofSeconds(60));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public synchronized void stop() {
		if (process == null) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		process = null;
	}

	private void awaitListening(Duration within) throws IOException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The S3 server stopped; see " + folder.resolve("s3proxy.log"));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			}
			catch (IOException notYet) {
				pause();
				continue;
			}
			try (S3Client s3 = client()) {
				s3.listBuckets(); // this server answers, with these keys
				return;
			}
			catch (RuntimeException notYet) {
				pause();
			}
		}
		throw new IllegalStateException("The S3 server did not answer within " + within);
	}

	private static void pause() throws IOException {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
