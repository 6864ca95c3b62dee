package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LayerRulesContractTest {

    private static final String FIXTURES = LayerRulesContractTest.class.getPackageName() + ".layerfixtures";

    /** The contract pointed at a fixture package, test classes included (the fixtures are test classes). */
    private static LayerRulesContract contractFor(String service) {
        String root = FIXTURES + "." + service;
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        return new LayerRulesContract() {
            @Override
            protected String rootPackage() {
                return root;
            }

            @Override
            protected JavaClasses importedClasses() {
                return classes;
            }
        };
    }

    @Nested
    class A_service_that_keeps_the_rule {

        @Test
        void passes_every_rule() {
            LayerRulesContract contract = contractFor("kept");
            contract.rules().forEach((name, rule) -> assertThatCode(() -> rule.check(contract.importedClasses()))
                    .as(name).doesNotThrowAnyException());
        }
    }

    @Nested
    class A_service_that_breaks_it {

        private final LayerRulesContract contract = contractFor("broken");

        private String failureOf(String rule) {
            AssertionError error = catchThrowableOfType(AssertionError.class,
                    () -> contract.rules().get(rule).check(contract.importedClasses()));
            assertThat(error).as("the rule '%s' fails", rule).isNotNull();
            return error.getMessage();
        }

        @Test
        void fails_where_the_domain_reaches_up_into_service_and_api_past_service_into_persistence() {
            assertThat(failureOf("each package is used only by the packages above it"))
                    .contains("broken.domain.Thing", "broken.service.ThingService")
                    .contains("broken.api.ThingResource", "broken.persistence.ThingStore");
        }

        @Test
        void fails_on_the_cycle_between_domain_and_service() {
            assertThat(failureOf("no two packages depend on each other")).contains("domain", "service");
        }

        @Test
        void fails_where_the_domain_uses_cdi() {
            assertThat(failureOf("the domain uses no framework beyond JPA, validation, OpenAPI and JSON annotations"))
                    .contains("jakarta.enterprise.context.ApplicationScoped");
        }

        @Test
        void fails_on_a_class_outside_the_seven_packages() {
            assertThat(failureOf("every class is in one of the seven packages")).contains("broken.util.Helper");
        }

        @Test
        void passes_only_the_rules_the_fixture_does_not_break() {
            Set<String> passing = contract.rules().entrySet().stream().filter(rule -> {
                try {
                    rule.getValue().check(contract.importedClasses());
                    return true;
                } catch (AssertionError broken) {
                    return false;
                }
            }).map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(passing).hasSize(contract.rules().size() - 4);
        }
    }
}
