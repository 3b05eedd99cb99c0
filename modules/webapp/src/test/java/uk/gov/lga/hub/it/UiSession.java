package uk.gov.lga.hub.it;

import java.net.CookieHandler;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser as far as HTTP goes: a cookie jar, redirects followed by hand, and sign-in through the real
 * Keycloak login form. The UI's isolation cases use it where a real browser would be too slow.
 */
final class UiSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final URL base;
    private final HttpClient http;
    final String user;

    private UiSession(URL base, String user, HttpClient.Version version) {
        this.base = base;
        this.user = user;
        this.http = HttpClient.newBuilder()
                .version(version)
                .cookieHandler(new Jar())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Nobody signed in. */
    static UiSession anonymous(URL base) {
        return new UiSession(base, "anonymous", HttpClient.Version.HTTP_2);
    }

    /** Signed in as a demo user (password {@code demo}) through the code flow, as a browser would be. */
    static UiSession signedIn(URL base, String user) throws Exception {
        return signedIn(base, user, HttpClient.Version.HTTP_2);
    }

    /**
     * Signed in, speaking only HTTP/1.1 as browsers do on plain http. For malformed addresses: over h2c, FuzzIT's
     * long dashboard addresses ended in a stream reset, after which the shared server answered sign-ins with 431.
     */
    static UiSession signedIn(URL base, String user, HttpClient.Version version) throws Exception {
        UiSession session = new UiSession(base, user, version);
        Reply toKeycloak = session.get("auth/sign-in?returnTo=%2Fapp%2F");
        Reply loginPage = session.fetch(URI.create(toKeycloak.location()), "GET", null, null);
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new IllegalStateException("No Keycloak login form for " + user + ": " + loginPage.status());
        }
        Reply afterLogin = session.fetch(
                URI.create(form.group(1).replace("&amp;", "&")),
                "POST",
                "application/x-www-form-urlencoded",
                formBody(Map.of("username", user, "password", "demo")));
        Reply callback = session.fetch(URI.create(afterLogin.location()), "GET", null, null);
        if (callback.status() != 302 || !callback.location().contains("/app/")) {
            throw new IllegalStateException(
                    "Sign-in as " + user + " did not end on the UI: " + callback.status() + " " + callback.location());
        }
        return session;
    }

    Reply get(String path) throws Exception {
        return fetch(URI.create(base.toString()).resolve(path), "GET", null, null);
    }

    Reply post(String path, Map<String, String> fields) throws Exception {
        return fetch(
                URI.create(base.toString()).resolve(path),
                "POST",
                "application/x-www-form-urlencoded",
                formBody(fields));
    }

    private Reply fetch(URI uri, String verb, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(
                        verb,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Location").orElse(""),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().map(),
                new String(response.body(), StandardCharsets.ISO_8859_1));
    }

    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Cookies kept per server (host and port) and sent back to it alone, whatever their path or Secure flag: the app
     * and Keycloak share the host name here, and Keycloak marks its cookies Secure even on plain http to localhost,
     * which a browser accepts for localhost and the JDK's CookieManager does not.
     */
    private static final class Jar extends CookieHandler {

        private final Map<String, Map<String, String>> byServer = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = byServer.getOrDefault(uri.getAuthority(), Map.of());
            return cookies.isEmpty()
                    ? Map.of()
                    : Map.of(
                            "Cookie",
                            List.of(cookies.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            Map<String, String> cookies = byServer.computeIfAbsent(uri.getAuthority(), k -> new LinkedHashMap<>());
            responseHeaders.entrySet().stream()
                    .filter(e -> "set-cookie".equalsIgnoreCase(e.getKey()))
                    .flatMap(e -> e.getValue().stream())
                    .forEach(header -> {
                        String pair = header.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        String name = pair.substring(0, eq).trim();
                        String value = pair.substring(eq + 1).trim();
                        boolean expired =
                                header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
                        if (expired) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, value);
                        }
                    });
        }
    }

    /** A page's reply; the body is kept as ISO-8859-1 so that binary downloads can be searched for markers too. */
    record Reply(int status, String location, String contentType, Map<String, List<String>> headers, String body) {

        /** The forms of an HTML page: their action and every named field with its value. */
        List<Form> forms() {
            return Form.in(body);
        }
    }

    /** A form as the page rendered it: enough to post it back the way a browser would. */
    record Form(String action, boolean multipart, Map<String, String> fields, List<String> buttons) {

        private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
        private static final Pattern ATTR = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
        private static final Pattern FIELD =
                Pattern.compile("<(input|textarea|select|button)\\b([^>]*)>", Pattern.DOTALL);

        static List<Form> in(String html) {
            List<Form> forms = new java.util.ArrayList<>();
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                Map<String, String> attrs = attributes(form.group(1));
                Map<String, String> fields = new LinkedHashMap<>();
                List<String> buttons = new java.util.ArrayList<>();
                Matcher field = FIELD.matcher(form.group(2));
                while (field.find()) {
                    Map<String, String> f = attributes(field.group(2));
                    String name = f.get("name");
                    String type = f.getOrDefault("type", field.group(1).equals("button") ? "submit" : "text");
                    if (name == null) {
                        continue;
                    }
                    if (type.equals("submit")) {
                        buttons.add(name);
                    } else if (!type.equals("file") && !(type.equals("radio") || type.equals("checkbox"))
                            || f.containsKey("checked")
                            || !fields.containsKey(name)) {
                        fields.put(name, f.getOrDefault("value", "").replace("&amp;", "&"));
                    }
                }
                forms.add(new Form(
                        attrs.getOrDefault("action", "").replace("&amp;", "&"),
                        attrs.getOrDefault("enctype", "").contains("multipart"),
                        fields,
                        buttons));
            }
            return forms;
        }

        private static Map<String, String> attributes(String tag) {
            Map<String, String> attrs = new LinkedHashMap<>();
            Matcher a = ATTR.matcher(tag);
            while (a.find()) {
                attrs.put(a.group(1), a.group(2));
            }
            return attrs;
        }
    }
}
