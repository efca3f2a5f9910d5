package dev.orrery.runtime.argo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orrery.runtime.ArtifactRef;
import dev.orrery.runtime.RuntimeFailure;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.errors.ErrorResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;

/**
 * Opens an artifact's content: through argo-server's {@code /artifact-files/} endpoint when a server
 * URL is configured (argo-server then applies the user's RBAC and knows every repository type),
 * otherwise straight from the S3-compatible repository with the MinIO client and the credentials of
 * the repository's Secret.
 */
final class ArtifactDownloads {
    private final String namespace;
    private final ConnectionOptions options;
    private final ArtifactRepositories repositories;

    ArtifactDownloads(String namespace, ConnectionOptions options, ArtifactRepositories repositories) {
        this.namespace = namespace;
        this.options = options;
        this.repositories = repositories;
    }

    InputStream open(GenericKubernetesResource wf, ArtifactRef ref) {
        WorkflowStatus.Artifact artifact = find(wf, ref);
        if (options.argoServer() != null) {
            return fromArgoServer(ref);
        }
        if (artifact.s3() == null) {
            throw new RuntimeFailure("artifact " + ref.name() + " of " + ref.run().runId()
                    + " is not in an S3-compatible repository; set an argo-server URL to download it");
        }
        JsonNode repository = repositories.s3Repository(wf);
        S3Location at = S3Location.merge(repository, artifact.s3());
        return fromS3(ref, at);
    }

    private static WorkflowStatus.Artifact find(GenericKubernetesResource wf, ArtifactRef ref) {
        WorkflowStatus.Node node = RunStateMapper.status(wf).nodes().get(ref.nodeId());
        if (node == null || node.outputs() == null) {
            throw new RuntimeFailure("run " + ref.run().runId() + " has no step " + ref.nodeId() + " with outputs");
        }
        return node.outputs().artifacts().stream().filter(a -> ref.name().equals(a.name())).findFirst()
                .orElseThrow(() -> new RuntimeFailure("step " + node.displayName() + " of " + ref.run().runId()
                        + " has no output artifact " + ref.name()));
    }

    private InputStream fromArgoServer(ArtifactRef ref) {
        String base = options.argoServer().toString().replaceAll("/+$", "");
        URI uri = URI.create(base + "/artifact-files/" + enc(namespace) + "/workflows/" + enc(ref.run().runId()) + "/"
                + enc(ref.nodeId()) + "/outputs/" + enc(ref.name()));
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofMinutes(5));
        String token = options.argoServerToken();
        if (token != null && !token.isBlank()) {
            req.header("Authorization", token.startsWith("Bearer ") ? token : "Bearer " + token);
        }
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(options.connectTimeoutOrDefault()).build();
        try {
            HttpResponse<InputStream> res = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            int code = res.statusCode();
            if (code == 200) {
                return res.body();
            }
            res.body().close();
            throw new RuntimeFailure(switch (code) {
                case 401 -> "argo-server at " + base + " refused the token (401); get one with 'argo auth token'";
                case 403 -> "not allowed: get artifacts of workflows in " + namespace + " (argo-server RBAC)";
                case 404 -> "argo-server has no artifact " + ref.name() + " for step " + ref.nodeId() + " of "
                        + ref.run().runId();
                default -> "argo-server at " + base + " answered HTTP " + code + " for artifact " + ref.name();
            });
        } catch (IOException e) {
            throw new RuntimeFailure("cannot reach argo-server at " + base + ": " + (e instanceof ConnectException
                    ? "connection refused" : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeFailure("interrupted while downloading artifact " + ref.name());
        }
    }

    private InputStream fromS3(ArtifactRef ref, S3Location at) {
        if (at.bucket() == null || at.key() == null) {
            throw new RuntimeFailure("artifact " + ref.name() + " of " + ref.run().runId()
                    + " has no S3 bucket or key, and no artifact repository is configured for the run");
        }
        String endpoint = options.artifactEndpoint() != null ? options.artifactEndpoint().toString()
                : at.endpoint() == null ? null : at.endpointUrl();
        if (endpoint == null) {
            throw new RuntimeFailure("the artifact repository of " + ref.run().runId() + " has no endpoint"
                    + " (AWS S3 with cloud credentials?); set an argo-server URL to download artifacts");
        }
        if (at.accessKey() == null || at.secretKey() == null) {
            throw new RuntimeFailure("the artifact repository of " + ref.run().runId() + " uses the cluster's cloud"
                    + " credentials, which Orrery cannot use from this computer; set an argo-server URL");
        }
        String access = repositories.secret(at.accessKey());
        String secret = repositories.secret(at.secretKey());
        MinioClient s3 = MinioClient.builder().endpoint(endpoint).credentials(access, secret)
                .region(at.region() == null ? "us-east-1" : at.region()).build();
        try {
            return s3.getObject(GetObjectArgs.builder().bucket(at.bucket()).object(at.key()).build());
        } catch (ErrorResponseException e) {
            String code = e.errorResponse() == null ? "" : e.errorResponse().code();
            throw new RuntimeFailure(switch (code) {
                case "NoSuchKey" -> "artifact " + ref.name() + " is gone from the repository (s3://" + at.bucket() + "/"
                        + at.key() + " does not exist; garbage-collected?)";
                case "NoSuchBucket" -> "the artifact repository has no bucket " + at.bucket();
                case "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch" ->
                        "the artifact repository at " + endpoint + " refused the credentials of secret "
                                + at.accessKey().name() + " (" + code + ")";
                default -> "the artifact repository at " + endpoint + " refused s3://" + at.bucket() + "/" + at.key()
                        + ": " + e.getMessage();
            }, e);
        } catch (IOException e) {
            throw new RuntimeFailure("cannot reach the artifact repository at " + endpoint + ": " + e.getMessage()
                    + (options.artifactEndpoint() == null ? " (if it is only reachable inside the cluster, port-forward"
                            + " it and set the artifact endpoint, or set an argo-server URL)" : ""), e);
        } catch (GeneralSecurityException | io.minio.errors.MinioException e) {
            throw new RuntimeFailure("downloading artifact " + ref.name() + " from " + endpoint + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static String enc(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
