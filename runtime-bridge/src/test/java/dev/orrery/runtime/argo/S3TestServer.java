package dev.orrery.runtime.argo;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3-compatible server for the Argo tests: s3proxy over jclouds' in-memory blob store on a
 * free loopback port, with one bucket, and the credentials secret an artifact repository names
 * created in the mock cluster.
 */
final class S3TestServer implements AutoCloseable {
    static final String ACCESS = "orrery-access";
    static final String SECRET = "orrery-secret-key";
    static final String BUCKET = "my-bucket";
    /** The secret holding {@code accesskey} and {@code secretkey}. */
    static final String CREDENTIALS = "my-minio-cred";

    private final BlobStoreContext blobs;
    private final S3Proxy s3;

    S3TestServer(ArgoMockCluster cluster) throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials("unused", "unused").overrides(new Properties())
                .build(BlobStoreContext.class);
        s3 = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET).build();
        s3.start();
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        cluster.client.secrets().inNamespace(ArgoMockCluster.NAMESPACE).resource(new SecretBuilder().withNewMetadata()
                .withName(CREDENTIALS).endMetadata().addToStringData("accesskey", ACCESS)
                .addToStringData("secretkey", SECRET).build()).create();
    }

    /** host:port, as an Argo artifact repository names its endpoint. */
    String endpoint() {
        return "127.0.0.1:" + s3.getPort();
    }

    /** Makes this server the fake controller's artifact repository. */
    void serveAsRepositoryOf(FakeArgoController controller) {
        controller.withS3Repository(endpoint(), BUCKET, CREDENTIALS);
    }

    /** Stores an object in the bucket, as a step's pod would have uploaded it. */
    void put(String key, byte[] content) {
        BlobStore store = blobs.getBlobStore();
        store.putBlob(BUCKET, store.blobBuilder(key).payload(content).build());
    }

    void put(String key, String content) {
        put(key, content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        s3.stop();
        blobs.close();
    }
}
