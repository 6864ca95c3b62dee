package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A one-screen text summary of a Gatling run, read from the statistics table of its HTML report ({@code index.html};
 * Gatling 3.14 writes no JSON statistics and a binary {@code simulation.log}): per request and per group of the
 * measured phases, requests a second, p50, p99 and max in ms, and errors (KO). Warm-up rows are left out. Requests a
 * second are the measured phase's count over its length ({@code benchmark.duration}), not Gatling's Cnt/s (which
 * divides by the whole run, every scenario and warm-up included).
 *
 * <p>Argument: the report directory (the newest under {@code target/gatling} unless given).
 */
public final class Summary {

    private static final Pattern ROW = Pattern.compile("<tr data-parent=\"([^\"]*)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("<span id=\"([^\"]*)\"[^>]*class=\"expand-button.*?class=\"ellipsed-name\">(.*?)</span>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    public static void main(String[] args) throws IOException {
        Path report = args.length > 0 ? Path.of(args[0]) : newestReport(Path.of("target/gatling"));
        double seconds = Settings.durationSetting("duration", "30s").toMillis() / 1000.0;
        String html = Files.readString(report.resolve("index.html"));
        StringBuilder out = new StringBuilder();
        out.append("Gatling run %s: %d users, measured %d s per scenario after %d s warm-up%s; times in ms%n".formatted(
                report.getFileName(), Settings.intSetting("users", 32), (long) seconds,
                Settings.durationSetting("warm-up", "15s").toSeconds(),
                Boolean.getBoolean("benchmark.growth") ? "; growth data" : ""));
        out.append("%-44s %8s %8s %7s %7s %7s %7s%n".formatted("request", "count", "req/s", "p50", "p99", "max", "errors"));
        Map<String, String> groupNames = new HashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(2));
            if (!name.find()) {
                continue;
            }
            String id = name.group(1);
            String label = unescape(name.group(2));
            String parent = row.group(1);
            if (id.startsWith("group_")) {
                groupNames.put(id, label);
            }
            if (label.startsWith(BenchmarkNames.WARM_UP) || label.equals("All Requests")) {
                continue;
            }
            Map<Integer, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            long total = number(cells.get(2));
            String shown = (parent.equals("ROOT") ? "" : "  ") + (id.startsWith("group_") ? "[" + label + "] (whole)" : label);
            out.append("%-44s %8d %8.1f %7s %7s %7s %7d%n".formatted(shown, total, total / seconds, cells.get(8),
                    cells.get(11), cells.get(12), number(cells.get(4))));
        }
        out.append("HTML report: ").append(report.resolve("index.html").toAbsolutePath()).append('\n');
        System.out.print(out);
        Path directory = Path.of(System.getProperty("benchmark.output", "target/benchmark"));
        Files.createDirectories(directory);
        Path file = directory.resolve("summary-" + report.getFileName() + ".txt");
        Files.writeString(file, out);
        System.out.println("Written to " + file.toAbsolutePath());
    }

    private static long number(String text) {
        return text == null || text.equals("-") || text.isEmpty() ? 0 : Long.parseLong(text.replace(",", ""));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&quot;", "\"");
    }

    static Path newestReport(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(run -> Files.isRegularFile(run.resolve("index.html")))
                    .max(Comparator.comparing(run -> run.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report under " + results.toAbsolutePath()));
        }
    }
}
