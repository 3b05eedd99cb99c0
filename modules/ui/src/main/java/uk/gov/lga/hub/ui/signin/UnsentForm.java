package uk.gov.lga.hub.ui.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What someone had typed into a form when their session ran out: kept across signing in again, then offered
 * back on the same page so nothing they typed is lost (and nothing is saved without them sending it again).
 */
public record UnsentForm(String page, Map<String, String> fields) implements Serializable {

    static final String SESSION_KEY = UnsentForm.class.getName();

    /** Fields that name the record a page shows, so the page can be found again after signing in. */
    private static final List<String> ADDRESS = List.of("id", "challenge", "code", "change");
    private static final int MAX_FIELDS = 60;
    private static final int MAX_LENGTH = 20_000;

    /** The typed fields of a form post, without Faces' own state and tokens; empty when there is nothing to keep. */
    static Optional<UnsentForm> of(HttpServletRequest post) {
        String path = post.getRequestURI().substring(post.getContextPath().length());
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder();
        post.getParameterMap().forEach((name, values) -> {
            String value = values.length == 0 ? "" : values[0];
            if (ADDRESS.contains(name) && !value.isBlank()) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            } else if (!name.startsWith("jakarta.faces") && !name.equals(value) && !name.equals("token")
                    && fields.size() < MAX_FIELDS && value.length() <= MAX_LENGTH && !value.isBlank()) {
                fields.put(name, value);
            }
        });
        return fields.isEmpty() ? Optional.empty() : Optional.of(new UnsentForm(path + query, fields));
    }

    void keepIn(HttpSession session) {
        session.setAttribute(SESSION_KEY, this);
    }

    /** The unsent form for this page, once: reading it forgets it. */
    public static Optional<UnsentForm> takeFor(HttpSession session, String path) {
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof UnsentForm unsent)
                || !unsent.page().startsWith(path)) {
            return Optional.empty();
        }
        session.removeAttribute(SESSION_KEY);
        return Optional.of(unsent);
    }

    /** The fields as JSON for the page's small restoring script (names and values only, escaped for a script tag). */
    public String json() {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() == 1 ? "" : ",").append(quote(name)).append(':')
                .append(quote(value)));
        return json.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> out.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return out.append('"').toString();
    }
}
