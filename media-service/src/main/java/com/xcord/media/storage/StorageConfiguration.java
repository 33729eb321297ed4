package com.xcord.media.storage;

import com.xcord.media.MediaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The AWS SDK v2 client and presigner for any S3 API (AWS, MinIO, S3Mock), from {@code xcord.media.storage}. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean(destroyMethod = "close")
    S3Client s3Client(MediaProperties properties) {
        MediaProperties.Storage storage = properties.storage();
        var builder = S3Client.builder()
                .region(Region.of(storage.region()))
                .credentialsProvider(credentials(storage))
                .forcePathStyle(storage.pathStyle())
                // checksums only where the API requires them: S3-compatible servers differ in the newer trailers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(c -> c.apiCallTimeout(storage.timeout())
                        .apiCallAttemptTimeout(storage.timeout().dividedBy(2))
                        .retryStrategy(r -> r.maxAttempts(2)));
        if (storage.endpointUri() != null) {
            builder.endpointOverride(storage.endpointUri());
        }
        return builder.build();
    }

    @Bean(destroyMethod = "close")
    S3Presigner s3Presigner(MediaProperties properties) {
        MediaProperties.Storage storage = properties.storage();
        var builder = S3Presigner.builder()
                .region(Region.of(storage.region()))
                .credentialsProvider(credentials(storage))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(storage.pathStyle()).build());
        if (storage.publicEndpointUri() != null) {
            builder.endpointOverride(storage.publicEndpointUri());
        }
        return builder.build();
    }

    /** Keys from the settings, or the SDK's chain (environment, instance role) when none are set. */
    private static AwsCredentialsProvider credentials(MediaProperties.Storage storage) {
        if (storage.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(storage.accessKey(), storage.secretKey()));
    }
}
