package com.warrantyportal.files;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Where uploaded files live: the {@code warranty.uploads-dir} folder, or an S3-compatible bucket when
 * {@code warranty.uploads.s3.bucket} names one (README, "Running several instances").
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(FileStoreConfiguration.class);

	@Bean
	@ConditionalOnExpression("'${warranty.uploads.s3.bucket:}'.isBlank()")
	LocalFolderContentStore localFolderContentStore(@Value("${warranty.uploads-dir}") String uploadsDir) {
		return new LocalFolderContentStore(uploadsDir);
	}

	@Bean
	@ConditionalOnExpression("!'${warranty.uploads.s3.bucket:}'.isBlank()")
	S3ContentStore s3ContentStore(@Value("${warranty.uploads.s3.bucket}") String bucket,
			@Value("${warranty.uploads.s3.prefix:}") String prefix,
			@Value("${warranty.uploads.s3.endpoint:}") String endpoint,
			@Value("${warranty.uploads.s3.region:us-east-1}") String region,
			@Value("${warranty.uploads.s3.path-style:}") String pathStyle,
			@Value("${warranty.uploads.s3.access-key:}") String accessKey,
			@Value("${warranty.uploads.s3.secret-key:}") String secretKey) {
		S3ClientBuilder client = S3Client.builder()
			.region(Region.of(region.isBlank() ? "us-east-1" : region.strip()))
			.credentialsProvider(credentials(accessKey, secretKey))
			// A store that does not connect, or stalls in the middle of a request, is given up after a while instead
			// of holding the upload's request (and, for some uploads, a database connection) for ever.
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(5))
				.socketTimeout(Duration.ofSeconds(30))
				.build())
			// Checksums only where S3 requires them: several S3-compatible stores refuse the newer default.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (!endpoint.isBlank()) {
			client.endpointOverride(URI.create(endpoint.strip()));
		}
		// Path-style addresses (endpoint/bucket/key) by default with an endpoint of one's own, whose DNS seldom has a
		// name per bucket; Amazon's own endpoint takes the bucket in the host name.
		client.forcePathStyle(pathStyle.isBlank() ? !endpoint.isBlank() : yesOrNo(pathStyle));
		return new S3ContentStore(client.build(), bucket.strip(), prefix);
	}

	/** Says at start-up where files go, and whether the bucket answers: a wrong key shows here, not at an upload. */
	@Bean
	@ConditionalOnExpression("!'${warranty.uploads.s3.bucket:}'.isBlank()")
	ApplicationRunner uploadsBucketCheck(S3ContentStore store) {
		return arguments -> {
			try {
				store.checkBucket();
				log.info("Uploaded files are kept in {}", store.describe());
			}
			catch (IOException ex) {
				log.warn("Uploaded files are to be kept in {}, which does not answer: uploads will fail until it does. {}",
						store.describe(), ex.getMessage());
			}
		};
	}

	private static boolean yesOrNo(String setting) {
		return switch (setting.strip().toLowerCase(Locale.ROOT)) {
			case "true", "yes", "on" -> true;
			case "false", "no", "off" -> false;
			default -> throw new IllegalStateException(
					"WARRANTY_UPLOADS_S3_PATH_STYLE is true or false, not " + setting.strip());
		};
	}

	private static AwsCredentialsProvider credentials(String accessKey, String secretKey) {
		if (accessKey.isBlank() != secretKey.isBlank()) {
			throw new IllegalStateException(
					"Set both WARRANTY_UPLOADS_S3_ACCESS_KEY and WARRANTY_UPLOADS_S3_SECRET_KEY, or neither");
		}
		if (accessKey.isBlank()) {
			// The SDK's own chain: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, ~/.aws, a container or instance role.
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.strip(), secretKey.strip()));
	}
}
