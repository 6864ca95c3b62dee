package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression selects, as Prometheus stores them ({@code http_server_requests_seconds_count},
 * not {@code http.server.requests}). Not a full parser: it drops what cannot be a metric name (strings, label
 * matchers, range and subquery brackets, numbers and durations, function calls, aggregation operators, keywords and
 * the label lists after {@code by}, {@code without}, {@code on}, {@code ignoring}, {@code group_left} and
 * {@code group_right}) and takes each identifier left. A {@code __name__} matcher counts as the name it matches
 * exactly. Grafana's additions are understood too: variables ({@code $namespace}, {@code ${namespace}},
 * {@code $__rate_interval}) and its {@code label_values(selector, label)} variable query.
 */
public final class PromQlMetricNames {

    private static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
            "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "atan2", "inf", "nan");
    private static final Pattern LABEL_VALUES = Pattern.compile(
            "\\s*label_values\\s*\\((.*?)(?:,\\s*[A-Za-z_][A-Za-z0-9_]*)?\\s*\\)\\s*", Pattern.DOTALL);
    private static final Pattern NAME_MATCHER = Pattern.compile("__name__\\s*=\\s*\"([A-Za-z_:][A-Za-z0-9_:]*)\"");

    private PromQlMetricNames() {
    }

    /** The metric names in {@code expression}, in the order they first appear. */
    public static Set<String> in(String expression) {
        Matcher labelValues = LABEL_VALUES.matcher(expression);
        if (labelValues.matches()) {
            String selector = labelValues.group(1).trim();
            // label_values(label) alone names no metric.
            return selector.matches("[A-Za-z_][A-Za-z0-9_]*") && !expression.contains(",") ? Set.of() : in(selector);
        }
        Set<String> names = new LinkedHashSet<>();
        String text = expression;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = afterString(text, i);
            } else if (c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            } else if (c == '{') {
                int end = closing(text, i, '{', '}');
                Matcher name = NAME_MATCHER.matcher(text.substring(i + 1, end));
                while (name.find()) {
                    names.add(name.group(1));
                }
                i = end + 1;
            } else if (c == '[') {
                i = closing(text, i, '[', ']') + 1;
            } else if (c == '$') {
                i = afterVariable(text, i);
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                i = afterNumber(text, i);
            } else if (identifierStart(c)) {
                int start = i;
                while (i < text.length() && identifierPart(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                String lower = word.toLowerCase(Locale.ROOT);
                int next = skipSpaces(text, i);
                boolean call = next < text.length() && text.charAt(next) == '(';
                if (LABEL_LISTS.contains(lower)) {
                    if (call) {
                        i = closing(text, next, '(', ')') + 1;
                    }
                } else if (!call && !AGGREGATIONS.contains(lower) && !KEYWORDS.contains(lower)) {
                    names.add(word);
                }
            } else {
                i++;
            }
        }
        return Collections.unmodifiableSet(names);
    }

    private static boolean identifierStart(char c) {
        return c == '_' || c == ':' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean identifierPart(char c) {
        return identifierStart(c) || (c >= '0' && c <= '9');
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** After a string literal: double or single quoted with backslash escapes, or raw in backticks. */
    private static int afterString(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("an unterminated string in: " + text);
    }

    /** The index of the bracket closing the one at {@code open}, skipping strings and nested brackets. */
    private static int closing(String text, int open, char opening, char closing) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = afterString(text, i);
                continue;
            }
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("an unclosed " + opening + " in: " + text);
    }

    /** After a Grafana variable: {@code $name} or {@code ${name...}}. */
    private static int afterVariable(String text, int dollar) {
        int i = dollar + 1;
        if (i < text.length() && text.charAt(i) == '{') {
            return closing(text, i, '{', '}') + 1;
        }
        while (i < text.length() && identifierPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** After a number or duration: {@code 0.99}, {@code 1e3}, {@code 1e-3}, {@code 0x1f}, {@code 5m}, {@code 1h30m}. */
    private static int afterNumber(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean exponentSign = (c == '+' || c == '-') && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')
                    && i >= 2 && Character.isDigit(text.charAt(i - 2));
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
