package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The layer rule every service keeps, checked on its compiled classes (ArchUnit). Extend it in a plain test class in
 * the service's root package ({@code uk.gov.justice.digital.hmpps.structuredinterventions.<service>}); each rule is
 * its own test, so a failure names the rule and every class that breaks it.
 *
 * <table>
 * <caption>The packages and who may use them</caption>
 * <tr><th>package</th><th>holds</th><th>used by</th></tr>
 * <tr><td>{@code api}</td><td>REST resources and their examples</td><td>nothing</td></tr>
 * <tr><td>{@code messaging}</td><td>{@code @Incoming} consumers, each an {@code InboxConsumer}</td><td>nothing</td></tr>
 * <tr><td>{@code service}</td><td>transactions, loading, saving, outbox events</td><td>api, messaging</td></tr>
 * <tr><td>{@code persistence}</td><td>Panache repositories and queries</td><td>service</td></tr>
 * <tr><td>{@code events}</td><td>payloads of published and consumed events</td><td>service, messaging</td></tr>
 * <tr><td>{@code config}</td><td>{@code @ConfigMapping}s</td><td>api, service, persistence, messaging</td></tr>
 * <tr><td>{@code domain}</td><td>JPA-mapped aggregates, values, command and view records, the rules</td>
 * <td>every other package</td></tr>
 * </table>
 */
public abstract class LayerRulesContract {

    /** Frameworks the domain never sees: web, transactions, CDI, Quarkus, messaging and configuration. */
    private static final String[] OUTSIDE_THE_DOMAIN = {
            "jakarta.ws.rs..", "jakarta.transaction..", "jakarta.enterprise..", "jakarta.inject..",
            "jakarta.annotation.security..", "io.quarkus..", "io.smallrye..", "io.vertx..", "org.apache.kafka..",
            "org.eclipse.microprofile.reactive..", "org.eclipse.microprofile.config..",
            "org.eclipse.microprofile.jwt..", "..servicekit.outbox..", "..servicekit.inbox..",
            "..servicekit.web..", "..servicekit.config..", "..servicekit.audit.."};

    private static final String INBOX_CONSUMER =
            "uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox.InboxConsumer";

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** The service's root package: by default the package of the test class that extends this contract. */
    protected String rootPackage() {
        return getClass().getPackageName();
    }

    /** The classes the rules are checked on: the root package's production classes, never its tests. */
    protected JavaClasses importedClasses() {
        return IMPORTED.computeIfAbsent(rootPackage(), root -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(root));
    }

    /** The rules, by name; a subclass may add to them, never take one away. */
    protected Map<String, ArchRule> rules() {
        String root = rootPackage();
        return Map.of(
                "each package is used only by the packages above it", layers(root),
                "no two packages depend on each other", slices().matching(root + ".(*)..").should().beFreeOfCycles()
                        .allowEmptyShould(true),
                "the domain uses no framework beyond JPA, validation, OpenAPI and JSON annotations",
                noClasses().that().resideInAPackage(root + ".domain..").should().dependOnClassesThat()
                        .resideInAnyPackage(OUTSIDE_THE_DOMAIN).allowEmptyShould(true),
                "every class is in one of the seven packages",
                classes().should().resideInAnyPackage(root + ".api..", root + ".messaging..", root + ".service..",
                        root + ".persistence..", root + ".events..", root + ".config..", root + ".domain..")
                        .allowEmptyShould(true),
                "REST resources are in api", classes().that().areAnnotatedWith("jakarta.ws.rs.Path").should()
                        .resideInAPackage(root + ".api..").allowEmptyShould(true),
                "consumers are in messaging and go through the inbox",
                methods().that().areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming").should()
                        .beDeclaredInClassesThat().resideInAPackage(root + ".messaging..").andShould()
                        .beDeclaredInClassesThat().areAssignableTo(INBOX_CONSUMER).allowEmptyShould(true),
                "entities and embeddables are in domain",
                classes().that().areAnnotatedWith("jakarta.persistence.Entity").or()
                        .areAnnotatedWith("jakarta.persistence.Embeddable").should()
                        .resideInAPackage(root + ".domain..").allowEmptyShould(true),
                "repositories are in persistence",
                classes().that().areAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase").and()
                        .areNotInterfaces().should().resideInAPackage(root + ".persistence..")
                        .allowEmptyShould(true),
                "configuration mappings are in config", classes().that()
                        .areAnnotatedWith("io.smallrye.config.ConfigMapping").should()
                        .resideInAPackage(root + ".config..").allowEmptyShould(true),
                "transactions begin only in service", transactionsBeginInService(root));
    }

    @TestFactory
    Stream<DynamicTest> the_service_keeps_the_layer_rule() {
        JavaClasses imported = importedClasses();
        return rules().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(imported)));
    }

    private static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("api").definedBy(root + ".api..")
                .layer("messaging").definedBy(root + ".messaging..")
                .layer("service").definedBy(root + ".service..")
                .layer("persistence").definedBy(root + ".persistence..")
                .layer("events").definedBy(root + ".events..")
                .layer("config").definedBy(root + ".config..")
                .layer("domain").definedBy(root + ".domain..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("api", "messaging")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("service")
                .whereLayer("events").mayOnlyBeAccessedByLayers("service", "messaging")
                .whereLayer("config").mayOnlyBeAccessedByLayers("api", "service", "persistence", "messaging")
                .whereLayer("domain")
                .mayOnlyBeAccessedByLayers("api", "messaging", "service", "persistence", "events", "config");
    }

    /**
     * {@code @Transactional} outside {@code service} may only say {@code MANDATORY}: it joins the transaction a
     * service began and never begins one of its own.
     */
    private static ArchRule transactionsBeginInService(String root) {
        DescribedPredicate<JavaAnnotation<?>> beginsATransaction = new DescribedPredicate<>(
                "@Transactional that may begin a transaction") {
            @Override
            public boolean test(JavaAnnotation<?> annotation) {
                if (!annotation.getRawType().getName().equals("jakarta.transaction.Transactional")) {
                    return false;
                }
                Optional<Object> type = annotation.get("value");
                return type.map(value -> !(value instanceof JavaEnumConstant constant)
                        || !constant.name().equals("MANDATORY")).orElse(true);
            }
        };
        ArchRule onClasses = noClasses().that().resideOutsideOfPackage(root + ".service..").should()
                .beAnnotatedWith(beginsATransaction).allowEmptyShould(true);
        ArchRule onMethods = noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage(root + ".service..")
                .should().beAnnotatedWith(beginsATransaction).allowEmptyShould(true);
        return CompositeArchRule.of(onClasses).and(onMethods);
    }
}
