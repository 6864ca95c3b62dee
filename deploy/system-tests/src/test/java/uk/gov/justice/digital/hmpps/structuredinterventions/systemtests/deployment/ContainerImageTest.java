package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's {@code src/main/docker/Dockerfile.jvm}, checked as far as a machine without a Docker engine can: no
 * base image can be pulled here, so the image itself is not built. What the image would copy is checked against what
 * Maven packaged.
 */
class ContainerImageTest {

    /** An image reference pinned to a version: a tag of digits and dots (and a build suffix), or a digest. */
    private static final Pattern PINNED = Pattern.compile("[^\\s:@]+(:\\d+(\\.\\d+)+(-[\\w.]+)?)?(@sha256:[0-9a-f]{64})?");

    static Stream<ServiceConfiguration> services() {
        return ServiceConfiguration.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void is_built_on_a_java_21_runtime_pinned_to_a_version(ServiceConfiguration service) throws IOException {
        List<String> from = instructions(service, "FROM");
        assertThat(from).as("one stage, one base image").hasSize(1);
        String image = from.get(0).split("\\s+")[0];
        assertThat(image).as("a pinned tag or digest, never latest or a floating tag").matches(PINNED)
                .containsAnyOf(":", "@sha256:").doesNotEndWith(":latest");
        assertThat(image.replaceFirst("[:@].*", "")).as("a Java 21 runtime").containsPattern("(jdk|jre|java)-?21|temurin|21-runtime");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void runs_as_a_numeric_user_that_is_not_root(ServiceConfiguration service) throws IOException {
        String user = last(instructions(service, "USER"));
        assertThat(user).as("a numeric user id, so that Kubernetes' runAsNonRoot can verify it").matches("\\d+(:\\d+)?");
        assertThat(Integer.parseInt(user.split(":")[0])).isNotZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void exposes_the_port_the_service_listens_on(ServiceConfiguration service) throws IOException {
        assertThat(instructions(service, "EXPOSE")).containsExactly(String.valueOf(service.port()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void copies_the_fast_jar_that_maven_packaged_and_runs_it(ServiceConfiguration service) throws IOException {
        List<String> copies = instructions(service, "COPY");
        assertThat(copies).allSatisfy(copy -> assertThat(copy).startsWith("--chown=185 target/quarkus-app/"));
        assertThat(copies.stream().map(copy -> copy.split("\\s+")[1]).toList()).as("dependencies first, then the application")
                .containsExactly("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                        "target/quarkus-app/quarkus/");
        Path packaged = service.module().resolve("target/quarkus-app");
        for (String path : List.of("lib/main", "app", "quarkus", "quarkus-run.jar")) {
            assertThat(packaged.resolve(path)).as("packaged by Maven, copied by the image").exists();
        }
        assertThat(instructions(service, "WORKDIR")).containsExactly("/deployments");
        assertThat(instructions(service, "ENV")).contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
        assertThat(Files.readAllLines(service.module().resolve(".dockerignore")))
                .as("the build context holds only the packaged application").contains("*", "!target/quarkus-app");
    }

    /** The user the image runs as: the Dockerfile's last USER. */
    static int userOf(ServiceConfiguration service) throws IOException {
        return Integer.parseInt(last(instructions(service, "USER")).split(":")[0]);
    }

    /** The arguments of every instruction of a kind, continuation lines joined, comments left out. */
    static List<String> instructions(ServiceConfiguration service, String kind) throws IOException {
        String dockerfile = Files.readString(service.module().resolve("src/main/docker/Dockerfile.jvm"))
                .replaceAll("(?m)^\\s*#.*\\n", "").replaceAll("\\\\\\n\\s*", " ");
        Matcher matcher = Pattern.compile("(?mi)^" + kind + "\\s+(.+?)\\s*$").matcher(dockerfile);
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private static String last(List<String> values) {
        assertThat(values).isNotEmpty();
        return values.get(values.size() - 1);
    }
}
