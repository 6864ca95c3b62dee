package uk.gov.justice.digital.hmpps.structuredinterventions.apiclients;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.OpenApiDocumentContract;

/**
 * What a front-end team gets from each committed OpenAPI document: the clients openapi-generator makes from it (this
 * module's build, into {@code target/generated-clients}) must type every answer and every field. The Java client is
 * compiled by the build; here its API methods and models are read by reflection, and the TypeScript client's API
 * signatures and model interfaces are read as text.
 */
class ApiClientsTest {

    private static final Path DOCUMENTS = Path.of(System.getProperty("openapi.documents", "../../docs/openapi"));
    private static final Path CLIENTS = Path.of(System.getProperty("generated.clients", "target/generated-clients"));
    private static final Pattern ANY = Pattern.compile("\\bany\\b");
    private static final Pattern INTERFACE = Pattern.compile("export interface (\\w+) \\{(.*?)\\n\\}", Pattern.DOTALL);
    private static final Pattern METHOD = Pattern.compile("^\\s+async (\\w+)\\((.*)$", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"catalogue-service", "referral-service", "readiness-service", "contact-log-service"})
    void the_committed_document_meets_the_bar_a_generated_client_needs(String service) throws IOException {
        List<String> shortcomings = OpenApiDocumentContract.shortcomingsOf(
                new ObjectMapper().readTree(DOCUMENTS.resolve(service + ".json").toFile()));
        assertTrue(shortcomings.isEmpty(), "docs/openapi/" + service + ".json:\n" + String.join("\n", shortcomings));
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogue", "referral", "readiness", "contactlog"})
    void the_java_client_answers_and_holds_only_typed_values(String client) throws Exception {
        String base = "uk.gov.justice.digital.hmpps.structuredinterventions.client." + client;
        List<Class<?>> apis = classesIn(base + ".api");
        assertFalse(apis.isEmpty(), "no API classes generated for " + base);
        List<String> untyped = new ArrayList<>();
        for (Class<?> api : apis) {
            for (Method method : api.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.getName().equals("downloadFileFromResponse")
                        && untyped(method.getGenericReturnType())) {
                    untyped.add(api.getSimpleName() + "." + method.getName() + " answers "
                            + method.getGenericReturnType().getTypeName());
                }
            }
        }
        for (Class<?> model : classesIn(base + ".model")) {
            if (Modifier.isAbstract(model.getModifiers())) {
                continue; // the generator's AbstractOpenApiSchema, which holds any oneOf value
            }
            for (Field field : model.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && untyped(field.getGenericType())) {
                    untyped.add(model.getSimpleName() + "." + field.getName() + " is "
                            + field.getGenericType().getTypeName());
                }
            }
        }
        assertTrue(untyped.isEmpty(), "untyped in the " + client + " Java client:\n" + String.join("\n", untyped));
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogue-service", "referral-service", "readiness-service", "contact-log-service"})
    void the_typescript_client_has_no_any_in_its_api_signatures_or_models(String service) throws IOException {
        Path client = CLIENTS.resolve(service + "-typescript");
        List<String> untyped = new ArrayList<>();
        for (Path file : typescript(client.resolve("apis"))) {
            String source = Files.readString(file);
            Matcher method = METHOD.matcher(source);
            while (method.find()) {
                if (ANY.matcher(method.group(2)).find()) {
                    untyped.add(file.getFileName() + ": " + method.group(1) + "(" + method.group(2).strip());
                }
            }
            untyped.addAll(anyInInterfaces(file, source));
        }
        for (Path file : typescript(client.resolve("models"))) {
            untyped.addAll(anyInInterfaces(file, Files.readString(file)));
        }
        assertTrue(untyped.isEmpty(), "any in the " + service + " TypeScript client:\n" + String.join("\n", untyped));
    }

    private static List<String> anyInInterfaces(Path file, String source) {
        List<String> untyped = new ArrayList<>();
        Matcher declared = INTERFACE.matcher(source);
        while (declared.find()) {
            for (String line : declared.group(2).split("\n")) {
                String code = line.strip();
                if (!code.startsWith("*") && !code.startsWith("/") && ANY.matcher(code).find()) {
                    untyped.add(file.getFileName() + ": interface " + declared.group(1) + " { " + code + " }");
                }
            }
        }
        return untyped;
    }

    private static List<Path> typescript(Path directory) throws IOException {
        assertTrue(Files.isDirectory(directory), directory + " was not generated");
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".ts") && !file.endsWith("index.ts")).sorted()
                    .toList();
        }
    }

    /** {@code Object} anywhere in the type: what a generator makes of a schema it could not read. */
    private static boolean untyped(Type type) {
        return type.getTypeName().matches(".*\\bjava\\.lang\\.Object\\b.*");
    }

    private static List<Class<?>> classesIn(String packageName) throws Exception {
        Path directory = Path.of(ApiClientsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("classes").resolve(packageName.replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .sorted().toList()) {
                String name = file.getFileName().toString();
                classes.add(Class.forName(packageName + "." + name.substring(0, name.length() - ".class".length())));
            }
        }
        return classes;
    }
}
