package uk.gov.lga.hub.provisioning.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A method and a path template such as {@code /councils/{code}/members/{username}}, with its handler. */
record Route(String method, List<String> template, Handler handler, boolean needsKey) {

    static Route of(String method, String template, Handler handler, boolean needsKey) {
        return new Route(method, segments(template), handler, needsKey);
    }

    /** The path parameters if the raw path fits the template. */
    Optional<Map<String, String>> match(String rawPath) {
        List<String> path = segments(rawPath);
        if (path.size() != template.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < path.size(); i++) {
            String expected = template.get(i);
            // Decoded per segment, so an encoded slash can never make a parameter span two segments.
            Optional<String> decoded = decode(path.get(i));
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            String actual = decoded.get();
            if (expected.startsWith("{") && expected.endsWith("}")) {
                parameters.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    /** The segment decoded, or nothing if it is not validly percent-encoded (then no route fits). */
    private static Optional<String> decode(String segment) {
        try {
            // In a path '+' is a plus sign, not a space.
            return Optional.of(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
