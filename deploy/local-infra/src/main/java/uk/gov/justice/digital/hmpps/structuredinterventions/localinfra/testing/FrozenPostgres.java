package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Freezes the test's PostgreSQL server (SIGSTOP to the postmaster and every backend) until closed (SIGCONT), as a
 * hung or partitioned database looks to a service: connections stay open and nothing answers. Use it in a
 * try-with-resources block so the server always thaws; the infrastructure is shared by every test class of the JVM.
 * Linux only (it reads /proc).
 */
public final class FrozenPostgres implements AutoCloseable {

    private final List<Long> frozen;

    private FrozenPostgres(List<Long> frozen) {
        this.frozen = frozen;
    }

    /** Freezes the PostgreSQL server of {@link InfrastructureTestResource}. */
    public static FrozenPostgres freeze() {
        return freeze(InfrastructureTestResource.infrastructure().postgres().port());
    }

    /** Freezes the PostgreSQL server listening on the port. */
    public static FrozenPostgres freeze(int port) {
        ProcessHandle postmaster = ProcessHandle.allProcesses()
                .filter(process -> isPostmasterOn(process.pid(), port))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL server found on port " + port));
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster.pid());
        postmaster.descendants().forEach(child -> pids.add(child.pid()));
        signal("STOP", pids);
        return new FrozenPostgres(pids);
    }

    /** How many processes are frozen: the postmaster and its backends. */
    public int processes() {
        return frozen.size();
    }

    @Override
    public void close() {
        List<Long> thawOrder = new ArrayList<>(frozen);
        java.util.Collections.reverse(thawOrder);
        signal("CONT", thawOrder);
    }

    private static boolean isPostmasterOn(long pid, int port) {
        try {
            String[] arguments = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).split("\0");
            if (arguments.length == 0 || !arguments[0].endsWith("/postgres")) {
                return false;
            }
            for (int i = 0; i < arguments.length - 1; i++) {
                if (arguments[i].equals("-p") && arguments[i + 1].equals(Integer.toString(port))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            // A backend that ended between listing and signalling makes kill answer non-zero; the others got it.
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                throw new IllegalStateException("kill -" + signal + " did not finish");
            }
        } catch (IOException e) {
            throw new IllegalStateException("kill -" + signal + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending SIG" + signal, e);
        }
    }
}
