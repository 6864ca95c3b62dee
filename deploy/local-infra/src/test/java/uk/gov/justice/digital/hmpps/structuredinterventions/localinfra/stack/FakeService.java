package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for a packaged service in {@link LocalStackTest}: started by the stack as a jar, it listens on
 * {@code quarkus.http.port} and answers {@code /q/health/ready} UP until it is killed.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.getInteger("quarkus.http.port")), 0);
        byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/q/health/ready", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, up.length);
            exchange.getResponseBody().write(up);
            exchange.close();
        });
        server.start();
        System.out.println("fake service listening on " + server.getAddress().getPort());
    }
}
