package uk.gov.lga.hub.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Times two-word searches over HTTP against a running stack on the national data set, one request at a time (what
 * one person waits for): the public search, and the signed-in search as an LGA administrator (every council), the
 * West Midlands adviser (a region) and a council viewer. The same queries as {@link SearchBenchmark}, which times
 * the statement alone; the difference is what the service adds (token, tenant setting, JSON).
 *
 * <p>Usage: {@code SearchHttpBenchmark <app url> <keycloak url> <requests>}.
 */
public final class SearchHttpBenchmark {

    private record Caller(String name, String user, String path) {}

    private SearchHttpBenchmark() {}

    public static void main(String[] args) throws Exception {
        String app = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        List<Caller> callers = List.of(
                new Caller("public", null, "api/v1/public/search"),
                new Caller("LGA admin", "admin", "api/v1/search"),
                new Caller("adviser (West Midlands)", "adviser-wm", "api/v1/search"),
                new Caller("council viewer", "coventry-viewer", "api/v1/search"));
        for (Caller caller : callers) {
            String token = caller.user() == null ? null : DashboardBenchmark.token(keycloak, caller.user());
            for (int i = 0; i < 50; i++) {
                DashboardBenchmark.call(app, address(caller, i), token);
            }
            double[] millis = new double[requests];
            for (int i = 0; i < requests; i++) {
                long started = System.nanoTime();
                DashboardBenchmark.call(app, address(caller, i), token);
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(
                    "[bench] HTTP search as %-24s n=%d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
                    caller.name(),
                    requests,
                    DashboardBenchmark.percentile(millis, 50),
                    DashboardBenchmark.percentile(millis, 95),
                    DashboardBenchmark.percentile(millis, 99),
                    millis[millis.length - 1]);
        }
    }

    private static String address(Caller caller, int i) {
        String query = SearchBenchmark.QUERIES.get(i % SearchBenchmark.QUERIES.size());
        return caller.path() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
