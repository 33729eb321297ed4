package com.xcord.media.support;

import com.xcord.testkit.TestInfrastructure;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The test bucket through a client of the test's own: reads back what the service stored, plants strays. */
public final class Bucket {

    private static volatile Bucket shared;

    private final S3Client s3;
    private final String bucket;

    private Bucket(String bucket) {
        TestInfrastructure.S3 endpoint = TestInfrastructure.shared().s3();
        this.bucket = bucket;
        this.s3 = S3Client.builder().endpointOverride(URI.create(endpoint.endpoint())).region(Region.of(endpoint.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(endpoint.accessKey(), endpoint.secretKey())))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    static Bucket shared(String bucket) {
        if (shared == null) {
            synchronized (Bucket.class) {
                if (shared == null) {
                    shared = new Bucket(bucket);
                }
            }
        }
        return shared;
    }

    public byte[] read(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    }

    public boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    public List<String> keysOf(long mediaId) {
        return s3.listObjectsV2(b -> b.bucket(bucket).prefix("media/" + mediaId + "/")).contents().stream()
                .map(o -> o.key()).toList();
    }

    public void put(String key, byte[] bytes) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    }
}
