package uk.gov.lga.hub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.devstack.AppSettings;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.devstack.KeycloakServer;
import uk.gov.lga.hub.devstack.PayaraMicroServer;
import uk.gov.lga.hub.devstack.ProvisionerServer;

/**
 * Sign-in just after the application starts, with and without its sign-in warm-up, side by side in one run: starts
 * PostgreSQL's database, Keycloak and the provisioner once, warms Keycloak (a form sign-in of each user, stopped
 * before the app), then, each round, starts the WAR with {@code hub.ui.keycloak.warm-up} off, then on, and times
 * the first sign-ins against each fresh start ({@link SignInBenchmark}).
 *
 * <p>Usage: {@code SignInColdStarts <root> <db name> <keycloak port> <provisioner port> <app port> <rounds>
 * <sign-ins per start> <user>...}.
 */
public final class SignInColdStarts {

    private SignInColdStarts() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        String dbName = args[1];
        int keycloakPort = Integer.parseInt(args[2]);
        int provisionerPort = Integer.parseInt(args[3]);
        int appPort = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        int signIns = Integer.parseInt(args[6]);
        List<String> users = List.of(args).subList(7, args.length);
        Path runtime = root.resolve("modules/devstack/target/runtime");
        Path work = Files.createDirectories(root.resolve("deploy/.run/bench-signin"));
        String app = "http://localhost:" + appPort;
        Map<Boolean, List<double[]>> byVariant = new LinkedHashMap<>();
        Map<Boolean, List<Double>> firsts = new LinkedHashMap<>();
        try (Database db = Database.localOrEmbedded(dbName, false);
                KeycloakServer keycloak = KeycloakServer.start(
                        runtime.resolve("keycloak.tar.gz"),
                        work.resolve("keycloak"),
                        KeycloakServer.realmFileFor(root.resolve("deploy/keycloak/lga-realm.json"), work, appPort),
                        keycloakPort);
                ProvisionerServer provisioner = ProvisionerServer.start(
                        root.resolve("modules/provisioning"),
                        provisionerPort,
                        keycloak.baseUrl(),
                        false,
                        work.resolve("provisioner.log"))) {
            SignInBenchmark.warmKeycloak(keycloak.realmUrl(), app, users);
            for (int round = 1; round <= rounds; round++) {
                for (boolean warmUp : new boolean[] {false, true}) {
                    Map<String, String> settings =
                            AppSettings.of(db.jdbcUrl(), keycloak.realmUrl(), provisioner.baseUrl(), true);
                    settings.put("hub.ui.keycloak.warm-up", Boolean.toString(warmUp));
                    System.out.printf("[bench] round %d: a fresh start, warm-up %s%n", round, warmUp ? "on" : "off");
                    SignInBenchmark.Timings timings;
                    try (PayaraMicroServer server = PayaraMicroServer.start(
                            runtime.resolve("payara-micro.jar"),
                            root.resolve("modules/webapp/target/hub.war"),
                            work,
                            appPort,
                            settings)) {
                        timings = SignInBenchmark.run(server.baseUrl(), signIns, users);
                    }
                    byVariant.computeIfAbsent(warmUp, v -> new ArrayList<>()).addAll(timings.signIns());
                    firsts.computeIfAbsent(warmUp, v -> new ArrayList<>()).add(timings.whole()[0]);
                }
            }
        }
        for (boolean warmUp : new boolean[] {false, true}) {
            String label = "warm-up " + (warmUp ? "on:  " : "off: ");
            System.out.println(SignInBenchmark.line(
                    label + "first sign-in after a start",
                    firsts.get(warmUp).stream().mapToDouble(Double::doubleValue).toArray()));
            new SignInBenchmark.Timings(byVariant.get(warmUp)).report(label);
        }
        double[] off = new SignInBenchmark.Timings(byVariant.get(false)).whole();
        double[] on = new SignInBenchmark.Timings(byVariant.get(true)).whole();
        System.out.printf(
                "[bench] whole sign-in, warm-up off / on: median %.2fx, p90 %.2fx, max %.2fx%n",
                ratio(off, on, 50), ratio(off, on, 90), ratio(off, on, 100));
    }

    private static double ratio(double[] off, double[] on, int percentile) {
        return percentile(off, percentile) / percentile(on, percentile);
    }

    private static double percentile(double[] millis, int p) {
        double[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        return DashboardBenchmark.percentile(sorted, p);
    }
}
