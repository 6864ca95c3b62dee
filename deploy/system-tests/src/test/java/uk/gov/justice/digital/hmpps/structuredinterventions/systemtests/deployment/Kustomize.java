package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The overlays under {@code deploy/k8s/overlays} as {@code kubectl kustomize} renders them (no cluster needed), for the
 * checks of the manifests and of the metrics the alerts and dashboards use. Without {@code kubectl} (with Kustomize 5)
 * those checks are skipped, saying so, except where {@code CI} is set (as {@code .ci/run} runs), where they fail.
 */
public final class Kustomize {

    static final Path OVERLAYS = ServiceConfiguration.REPOSITORY.resolve("deploy/k8s/overlays");
    /** Names the checks when kubectl is missing. */
    public static final String NO_KUBECTL = "kubectl (with Kustomize 5) is not on the PATH: the checks of the rendered"
            + " deploy/k8s overlays";

    private static final Map<String, List<Map<String, Object>>> RENDERED = new HashMap<>();
    private static Boolean available;

    private Kustomize() {
    }

    /**
     * Whether {@code kubectl} runs here. Where {@code CI} is set it must; elsewhere its absence is reported once as a
     * warning and the caller skips its checks.
     */
    public static synchronized boolean available() {
        if (available == null) {
            available = kubectlRuns();
            if (!available && System.getenv("CI") != null) {
                fail(NO_KUBECTL + " are required where CI is set");
            }
            if (!available) {
                System.err.println("[WARNING] " + NO_KUBECTL + " are skipped (install kubectl to run them; CI requires them)");
            }
        }
        return available;
    }

    private static boolean kubectlRuns() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The overlays' names (at least dev and prod). */
    public static List<String> overlays() {
        try (Stream<Path> directories = Files.list(OVERLAYS)) {
            List<String> names = directories.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
            assertThat(names).contains("dev", "prod");
            return names;
        } catch (IOException e) {
            throw new AssertionError("could not list " + OVERLAYS, e);
        }
    }

    /** The overlay's objects as {@code kubectl kustomize} renders it, once per overlay. */
    @SuppressWarnings("unchecked")
    public static synchronized List<Map<String, Object>> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> {
            String output = kustomize(OVERLAYS.resolve(name));
            List<Map<String, Object>> objects = new ArrayList<>();
            new Yaml().loadAll(output).forEach(document -> {
                if (document != null) {
                    objects.add((Map<String, Object>) document);
                }
            });
            return objects;
        });
    }

    private static String kustomize(Path directory) {
        List<String> command = List.of("kubectl", "kustomize", directory.toString());
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " took more than two minutes");
            }
            String rendered = Files.readString(output);
            Files.delete(output);
            assertThat(process.exitValue()).as(String.join(" ", command) + " failed: " + errors).isZero();
            return rendered;
        } catch (IOException e) {
            throw new AssertionError("could not run kubectl (with Kustomize 5), which renders deploy/k8s: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
