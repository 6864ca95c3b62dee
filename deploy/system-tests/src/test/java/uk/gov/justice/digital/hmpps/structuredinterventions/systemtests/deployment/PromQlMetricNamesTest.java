package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {

    @Test
    void a_bare_selector_is_its_metric() {
        assertThat(PromQlMetricNames.in("structured_interventions_outbox_pending"))
                .containsExactly("structured_interventions_outbox_pending");
    }

    @Test
    void label_matchers_and_their_values_are_not_metrics_even_with_braces_or_commas_in_a_value() {
        assertThat(PromQlMetricNames.in("http_server_requests_seconds_count{status=~\"5..\", uri!=\"/a{b}, c\","
                + " method='GET'}")).containsExactly("http_server_requests_seconds_count");
    }

    @Test
    void functions_aggregations_and_grouping_labels_before_or_after_are_not_metrics() {
        assertThat(PromQlMetricNames.in("histogram_quantile(0.99, sum by (le, uri) "
                + "(rate(http_server_requests_seconds_bucket{service=\"x\"}[5m])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(PromQlMetricNames.in("sum(rate(structured_interventions_outbox_published_total[1m])) without (pod, instance)"))
                .containsExactly("structured_interventions_outbox_published_total");
        assertThat(PromQlMetricNames.in("topk(3, count_values(\"value\", build_info))")).containsExactly("build_info");
    }

    @Test
    void both_sides_of_a_binary_operation_with_vector_matching_are_metrics() {
        assertThat(PromQlMetricNames.in("""
                max by (namespace, client_id) (kafka_consumer_fetch_manager_records_lag_max) > 1000
                and on (namespace) group_left (pod)
                max by (namespace, client_id) (delta(kafka_consumer_fetch_manager_records_lag_max[10m])) > bool 0
                unless ignoring (cause) structured_interventions_inbox_dead_lettered_total"""))
                .containsExactly("kafka_consumer_fetch_manager_records_lag_max",
                        "structured_interventions_inbox_dead_lettered_total");
    }

    @Test
    void numbers_durations_offsets_and_subqueries_are_not_metrics() {
        assertThat(PromQlMetricNames.in("rate(jvm_gc_pause_seconds_count[1h30m:1m] offset 5m) * 1e3 + 1e-3 - 0x1f"
                + " + .5 > Inf")).containsExactly("jvm_gc_pause_seconds_count");
    }

    @Test
    void a_name_matcher_is_the_metric_it_names_exactly() {
        assertThat(PromQlMetricNames.in("{__name__=\"agroal_active_count\", datasource=\"default\"}"))
                .containsExactly("agroal_active_count");
    }

    @Test
    void grafana_variables_are_not_metrics() {
        assertThat(PromQlMetricNames.in("sum(rate(structured_interventions_inbox_handled_total{namespace=\"$namespace\","
                + " service=~\"${service:regex}\"}[$__rate_interval])) * $factor"))
                .containsExactly("structured_interventions_inbox_handled_total");
    }

    @Test
    void grafanas_label_values_query_names_the_metric_of_its_selector_and_not_its_label() {
        assertThat(PromQlMetricNames.in("label_values(structured_interventions_outbox_pending{job=\"x\"}, namespace)"))
                .containsExactly("structured_interventions_outbox_pending");
        assertThat(PromQlMetricNames.in("label_values(namespace)")).isEmpty();
    }

    @Test
    void comments_are_not_read() {
        assertThat(PromQlMetricNames.in("# the outbox\nstructured_interventions_outbox_pending # not_a_metric"))
                .containsExactly("structured_interventions_outbox_pending");
    }

    @Test
    void an_unclosed_selector_is_refused_rather_than_guessed() {
        assertThatThrownBy(() -> PromQlMetricNames.in("agroal_active_count{datasource=\"default\""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
