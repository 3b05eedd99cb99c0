package uk.gov.lga.hub.ui.layout;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GOV.UK Frontend's precompiled stylesheet, with this service's own font stack: the GDS Transport typeface is
 * reserved for GOV.UK, so its {@code @font-face} rules go and its name is replaced. Rewritten once, then cached.
 */
@WebServlet("/assets/govuk-frontend.css")
public class GovukStylesheet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String SOURCE = "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";
    static final String FONT_STACK = "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";

    private static final class Rewritten {
        static final byte[] CSS = rewrite(read()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getOutputStream().write(Rewritten.CSS);
    }

    static String rewrite(String css) {
        return css.replaceAll("@font-face\\{[^}]*}", "")
                .replace("GDS Transport,arial,sans-serif", FONT_STACK)
                .replace("font-family:GDS Transport", "font-family:" + FONT_STACK);
    }

    private static String read() {
        try (InputStream in = GovukStylesheet.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException("GOV.UK Frontend is missing from the class path: " + SOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
