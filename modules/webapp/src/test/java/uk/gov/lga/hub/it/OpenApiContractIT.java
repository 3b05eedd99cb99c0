package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract clients build on is docs/api/openapi.yaml, and it must be exactly what the running application
 * serves at /openapi: a change to a resource that changes the contract fails here until the file is regenerated
 * (and so reviewed). Only {@code servers} is left out, since it names the host that answered.
 */
@ExtendWith(RunningStack.class)
class OpenApiContractIT {

    static final Path COMMITTED = Path.of(System.getProperty("hub.api.contract", "../../docs/api/openapi.yaml"));
    static final Path SERVED = Path.of("target/openapi/openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final URL base = RunningStack.appUrl();

    @Test
    void theServedContractIsTheCommittedFile() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode(), served.body());
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served.body());

        String regenerate = "The contract served at /openapi is not docs/api/openapi.yaml. If the change is meant, "
                + "review and copy modules/webapp/" + SERVED + " (just written) to docs/api/openapi.yaml, then run "
                + "deploy/api/lint.sh (see docs/api.md, \"The contract\").";
        if (!Files.exists(COMMITTED)) {
            fail(regenerate + " There is no committed file yet.");
        }
        List<String> differences = new ArrayList<>();
        compare(
                "",
                withoutServers(YAML.readTree(COMMITTED.toFile())),
                withoutServers(YAML.readTree(served.body())),
                differences);
        assertEquals(List.of(), differences, regenerate);
    }

    private static JsonNode withoutServers(JsonNode document) {
        ((ObjectNode) document).remove("servers");
        return document;
    }

    /** Where the two trees part, as JSON pointers (a handful is enough to see what changed). */
    private static void compare(String at, JsonNode committed, JsonNode served, List<String> differences) {
        if (differences.size() >= 20 || committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            List<String> names = new ArrayList<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(n -> {
                if (!names.contains(n)) {
                    names.add(n);
                }
            });
            for (String name : names) {
                String next = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name) || !served.has(name)) {
                    differences.add((committed.has(name) ? "only committed: " : "only served: ") + next);
                } else {
                    compare(next, committed.get(name), served.get(name), differences);
                }
            }
        } else if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            Iterator<JsonNode> c = committed.elements();
            Iterator<JsonNode> s = served.elements();
            for (int i = 0; c.hasNext(); i++) {
                compare(at + "/" + i, c.next(), s.next(), differences);
            }
        } else {
            differences.add("differs: " + at + " committed " + committed + ", served " + served);
        }
    }
}
