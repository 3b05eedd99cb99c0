package uk.gov.lga.hub.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the dashboard API against a running stack, one request at a time (what one adviser waits for): a
 * warm-up, then N timed requests per endpoint, reporting p50, p95, p99 and max in milliseconds.
 *
 * <p>Usage: {@code DashboardBenchmark <app url> <keycloak url> <requests>}.
 */
public final class DashboardBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        String app = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String token = token(keycloak, "adviser-wm");
        List<String> endpoints = List.of(
                "api/v1/progress/national",
                "api/v1/progress/national?councils=true",
                "api/v1/progress/regions/west-midlands",
                "api/v1/progress/national?year=2024&theme=governance-and-culture");
        for (String endpoint : endpoints) {
            for (int i = 0; i < Math.max(20, requests / 10); i++) {
                call(app, endpoint, token);
            }
        }
        for (String endpoint : endpoints) {
            double[] millis = new double[requests];
            int bytes = 0;
            for (int i = 0; i < requests; i++) {
                long started = System.nanoTime();
                bytes = call(app, endpoint, token);
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(
                    "[bench] %-66s n=%d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%d KB)%n",
                    endpoint,
                    requests,
                    percentile(millis, 50),
                    percentile(millis, 95),
                    percentile(millis, 99),
                    millis[millis.length - 1],
                    bytes / 1024);
        }
    }

    /** One GET, as the token's user or (with none) as the public; returns the size of the answer. */
    static int call(String app, String endpoint, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + "/" + endpoint));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(endpoint + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    /** A long-enough token from the dev realm's public CLI client (password grant, demo users only). */
    static String token(String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=hub-cli&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/lga/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("No token from Keycloak: " + response.body());
        }
        return token.group(1);
    }
}
