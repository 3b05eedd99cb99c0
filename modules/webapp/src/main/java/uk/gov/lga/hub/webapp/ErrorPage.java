package uk.gov.lga.hub.webapp;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.lga.hub.api.problem.Problem;
import uk.gov.lga.hub.application.shared.DatabaseUnavailability;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.ui.layout.ProblemPage;

/**
 * Where the container sends errors that happen outside JAX-RS (a missing or bad token, an unknown path): a
 * problem document for the API, a plain page otherwise, and never Payara's default page with a stack trace. The
 * database being away for a moment answers 503 with Retry-After, not 500.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    /** Answered with the service's own page; faults keep a plain one that cannot fail in turn. */
    private static final Set<Integer> WITH_THE_SERVICES_PAGES = Set.of(400, 403, 404, 405);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly rather than as an error page: there is nothing here.
        int status = code instanceof Integer value ? value : 404;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (error instanceof Throwable thrown && DatabaseUnavailability.explains(thrown)) {
            // Not a bug: the database is away for a moment. One line per request, no stack trace.
            LOG.warning(() -> "Database unavailable on " + uri + ", answered 503: " + thrown);
            status = 503;
            response.setHeader("Retry-After", Integer.toString(DatabaseUnavailability.RETRY_AFTER_SECONDS));
        } else if (error instanceof Throwable thrown) {
            // The user sees no details; the log must have all of them.
            LOG.log(Level.SEVERE, "Unhandled error on " + uri, thrown);
        }
        String title = switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 503 -> "The service is briefly unavailable";
            default -> status >= 500 ? "Something went wrong on our side" : "Bad Request";
        };
        String detail = switch (status) {
            case 401 -> "A valid bearer token from the lga realm is required.";
            case 403 -> "Your role does not allow this.";
            case 404 -> NotFound.NOTHING_HERE;
            case 503 -> "The database is not answering just now. Please try again in a few seconds.";
            default -> null;
        };
        response.setStatus(status);
        if (uri.contains("/api/")) {
            // The same problem document the API's exception mappers write (one builder for both doors).
            Map<String, Object> body =
                    Problem.body(title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"), title, status, detail);
            body.put("instance", uri);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder(body).build().toString());
        } else if (WITH_THE_SERVICES_PAGES.contains(status)) {
            // A refusal or a wrong address keeps the header, the navigation and sign-out: never a dead end.
            request.setAttribute(ProblemPage.TITLE, title);
            request.setAttribute(ProblemPage.DETAIL, detail);
            try {
                request.getRequestDispatcher(ProblemPage.VIEW).forward(request, response);
            } catch (ServletException | RuntimeException failed) {
                LOG.log(Level.WARNING, "The error page could not be rendered for " + uri, failed);
                writePlain(response, title, detail);
            }
        } else {
            // Faults and the database being away: a page that needs nothing else to work.
            writePlain(response, title, detail);
        }
    }

    private static void writePlain(HttpServletResponse response, String title, String detail) throws IOException {
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"en\"><head><title>" + title
                        + " – Peer Challenge Hub</title></head><body><main><h1>" + title + "</h1><p>"
                        + (detail == null ? "Please try again later." : detail)
                        + "</p><p><a href=\"/\">Go to the start page</a></p>"
                        + "</main></body></html>");
    }
}
