package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    private static final AuditConfig CONFIG = new AuditConfig() {
        @Override
        public String topic() {
            return "audit.events";
        }

        @Override
        public String service() {
            return "referral-service";
        }
    };

    /** The kit's Audit outside a request: no outbox is needed to build the record. */
    private final Audit audit = new Audit(null, JSON, Clock.fixed(NOW, ZoneOffset.UTC), CONFIG, null, null);

    @Nested
    class What_a_record_holds {

        @Test
        void a_read_names_the_action_the_time_the_service_and_the_person_by_crn() throws Exception {
            UUID id = UUID.randomUUID();
            AuditEvent event = audit.event("READ_REFERRAL", "X123456", AuditEvent.Operation.READ, id, null);

            JsonNode record = JSON.readTree(JSON.writeValueAsString(event));

            assertThat(record.get("what").asText()).isEqualTo("READ_REFERRAL");
            assertThat(record.get("when").asText()).isEqualTo("2026-12-02T03:00:00Z");
            assertThat(record.get("who").asText()).isEqualTo(Audit.SYSTEM);
            assertThat(record.get("service").asText()).isEqualTo("referral-service");
            assertThat(record.get("subjectId").asText()).isEqualTo("X123456");
            assertThat(record.get("subjectType").asText()).isEqualTo("CRN");
            JsonNode details = JSON.readTree(record.get("details").asText());
            assertThat(details.get("operation").asText()).isEqualTo("READ");
            assertThat(details.get("resourceId").asText()).isEqualTo(id.toString());
        }

        @Test
        void the_record_has_the_audit_services_members_and_its_details_only_identifiers() throws Exception {
            AuditEvent event = audit.event("SEARCH_REFERRALS", null, AuditEvent.Operation.SEARCH, null,
                    List.of("X123456", "Y654321"));

            JsonNode record = JSON.readTree(JSON.writeValueAsString(event));
            JsonNode details = JSON.readTree(record.get("details").asText());

            List<String> members = new java.util.ArrayList<>();
            record.fieldNames().forEachRemaining(members::add);
            List<String> detailMembers = new java.util.ArrayList<>();
            details.fieldNames().forEachRemaining(detailMembers::add);
            assertThat(members).isSubsetOf("what", "when", "who", "service", "subjectId", "subjectType", "correlationId",
                            "details");
            assertThat(record.has("subjectId")).isFalse();
            assertThat(detailMembers).isSubsetOf("operation", "resourceId", "crns", "requestId", "traceId");
            assertThat(List.of(details.get("crns").get(0).asText(), details.get("crns").get(1).asText()))
                    .containsExactly("X123456", "Y654321");
            assertThat(details.get("crns").size()).isEqualTo(2);
        }
    }

    @Nested
    class No_free_text {

        @Test
        void a_resource_id_that_is_a_sentence_is_refused_not_recorded() {
            assertThatThrownBy(() -> audit.event("READ_REFERRAL", "X123456", AuditEvent.Operation.READ,
                    "Told me about his drinking", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("resourceId must be an identifier");
        }

        @Test
        void an_action_must_be_an_action_name() {
            assertThatThrownBy(() -> audit.event("read the referral", "X123456", AuditEvent.Operation.READ, null,
                    null)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void the_subject_and_the_crns_of_a_list_must_be_crns() {
            assertThatThrownBy(() -> audit.event("READ_REFERRAL", "John Smith", AuditEvent.Operation.READ, null,
                    null)).hasMessage("subjectId must be a CRN");
            assertThatThrownBy(() -> audit.event("SEARCH_REFERRALS", null, AuditEvent.Operation.SEARCH, null,
                    List.of("John Smith"))).hasMessage("crns must be a CRN");
        }

        @Test
        void a_correlation_id_that_is_not_an_identifier_is_refused() {
            assertThatThrownBy(() -> new AuditEvent("READ_REFERRAL", NOW, "PP_USER", "referral-service", "X123456",
                    "CRN", "a request id with words in it", "{}"))
                    .hasMessage("correlationId must be an identifier");
        }
    }
}
