package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where a scenario's text summary goes: standard output and {@code target/benchmark/<name>-<time>.txt}. */
final class Reports {

    private Reports() {
    }

    static void publish(String name, CharSequence report) throws IOException {
        System.out.print(report);
        Path directory = Path.of(System.getProperty("benchmark.output", "target/benchmark"));
        Files.createDirectories(directory);
        Path file = directory.resolve(name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".txt");
        Files.writeString(file, report);
        System.out.println("Written to " + file.toAbsolutePath());
    }
}
