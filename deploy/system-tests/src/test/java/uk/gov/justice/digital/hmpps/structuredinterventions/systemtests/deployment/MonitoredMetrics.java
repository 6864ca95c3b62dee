package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PromQL the rendered manifests hold (every alert and recording rule of a PrometheusRule, every panel target and
 * variable query of the Grafana dashboards in ConfigMaps labelled {@code grafana_dashboard: "1"}), and which of the
 * metrics it names no service exposes. A dashboard named after a service ({@code catalogue-service.json}) must find
 * its metrics on that service; the alerts and the other dashboards on any service.
 */
public final class MonitoredMetrics {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One expression and where it is: an alert, or a dashboard's panel or variable; for {@code service} only, if set. */
    public record Query(String where, String expression, String service) {
    }

    private MonitoredMetrics() {
    }

    /** Every query in the rendered objects; {@code services} are the names a dashboard may be named after. */
    public static List<Query> queries(List<Map<String, Object>> objects, Collection<String> services) {
        List<Query> queries = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            if ("PrometheusRule".equals(object.get("kind"))) {
                rules(object, queries);
            } else if ("ConfigMap".equals(object.get("kind")) && "1".equals(String.valueOf(labels(object).get("grafana_dashboard")))) {
                Map<?, ?> data = object.get("data") instanceof Map<?, ?> map ? map : Map.of();
                data.forEach((file, content) -> {
                    String name = String.valueOf(file);
                    String service = name.endsWith(".json") && services.contains(name.substring(0, name.length() - 5))
                            ? name.substring(0, name.length() - 5) : null;
                    dashboard(name, String.valueOf(content), service, queries);
                });
            }
        }
        return queries;
    }

    private static void rules(Map<String, Object> rule, List<Query> queries) {
        Map<?, ?> spec = rule.get("spec") instanceof Map<?, ?> map ? map : Map.of();
        for (Object group : spec.get("groups") instanceof List<?> list ? list : List.of()) {
            for (Object entry : ((Map<?, ?>) group).get("rules") instanceof List<?> list ? list : List.of()) {
                Map<?, ?> one = (Map<?, ?>) entry;
                String where = one.containsKey("alert") ? "alert " + one.get("alert") : "recording rule " + one.get("record");
                queries.add(new Query(where, String.valueOf(one.get("expr")), null));
            }
        }
    }

    private static void dashboard(String file, String content, String service, List<Query> queries) {
        JsonNode dashboard;
        try {
            dashboard = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new AssertionError("dashboard " + file + " is not JSON: " + e.getOriginalMessage(), e);
        }
        panels(file, dashboard.path("panels"), service, queries);
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (!"query".equals(variable.path("type").asText())) {
                continue;
            }
            JsonNode query = variable.path("query");
            String expression = query.isTextual() ? query.asText() : query.path("query").asText();
            queries.add(new Query("dashboard " + file + " variable " + variable.path("name").asText(), expression, service));
        }
    }

    private static void panels(String file, JsonNode panels, String service, List<Query> queries) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                if (target.hasNonNull("expr")) {
                    queries.add(new Query("dashboard " + file + " panel \"" + panel.path("title").asText() + "\"",
                            target.path("expr").asText(), service));
                }
            }
            panels(file, panel.path("panels"), service, queries);
        }
    }

    /** The metric names of the samples on a Prometheus text page, as Prometheus stores them. */
    public static Set<String> exposed(String page) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : page.split("\n")) {
            String sample = line.strip();
            if (sample.isEmpty() || sample.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < sample.length() && sample.charAt(end) != '{' && !Character.isWhitespace(sample.charAt(end))) {
                end++;
            }
            names.add(sample.substring(0, end));
        }
        return names;
    }

    /**
     * Each use of a metric that is not exposed where it must be, as "where uses metric, which ... does not expose";
     * empty when every one is.
     */
    public static List<String> unexposed(List<Query> queries, Map<String, Set<String>> exposedByService) {
        Set<String> anywhere = new LinkedHashSet<>();
        exposedByService.values().forEach(anywhere::addAll);
        List<String> problems = new ArrayList<>();
        for (Query query : queries) {
            Set<String> exposed = query.service() == null ? anywhere : exposedByService.getOrDefault(query.service(), Set.of());
            for (String metric : PromQlMetricNames.in(query.expression())) {
                if (!exposed.contains(metric)) {
                    problems.add(query.where() + " uses " + metric + ", which "
                            + (query.service() == null ? "no service exposes" : query.service() + " does not expose"));
                }
            }
        }
        return problems;
    }

    private static Map<?, ?> labels(Map<String, Object> object) {
        Map<?, ?> metadata = object.get("metadata") instanceof Map<?, ?> map ? map : Map.of();
        return metadata.get("labels") instanceof Map<?, ?> labels ? labels : Map.of();
    }
}
