package uk.gov.lga.hub.webapp;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The yardsticks deploy/bench/load.sh measures the API against, deployed beside it in the same server, on the same
 * pool, only where {@code hub.dev.bench-endpoints=true} (deploy/run.sh; never in production):
 * <ul>
 *   <li>{@code GET /dev/bench/noop}: a constant JSON answer, the server's own cost;</li>
 *   <li>{@code GET /dev/bench/row?code=E08000026}: the same plus one PostgreSQL row read by key (the council
 *       register, through the application's pool with its validation).</li>
 * </ul>
 * Plain servlets, so no work of the API's own (JAX-RS, JSON-B, the token, EclipseLink) is in the yardstick.
 */
@WebListener
public class BenchEndpoints implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean enabled = ConfigProvider.getConfig()
                .getOptionalValue("hub.dev.bench-endpoints", Boolean.class)
                .orElse(false);
        if (enabled) {
            event.getServletContext().addServlet("BenchNoop", new Noop()).addMapping("/dev/bench/noop");
            event.getServletContext().addServlet("BenchRow", new OneRow()).addMapping("/dev/bench/row");
        }
    }

    private static void json(HttpServletResponse response, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static final class Noop extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            json(response, "{\"ok\":true}");
        }
    }

    private static final class OneRow extends HttpServlet {
        private static final long serialVersionUID = 1L;

        private transient DataSource pool;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String code = request.getParameter("code");
            try (var connection = pool().getConnection();
                    var query = connection.prepareStatement("select code, name from council where code = ?")) {
                query.setString(1, code == null ? "" : code);
                try (var rows = query.executeQuery()) {
                    if (!rows.next()) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    json(response, "{\"code\":\"" + rows.getString(1) + "\",\"name\":\"" + rows.getString(2) + "\"}");
                }
            } catch (SQLException | NamingException e) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }

        private DataSource pool() throws NamingException {
            if (pool == null) {
                pool = (DataSource) new InitialContext().lookup("java:app/jdbc/hub");
            }
            return pool;
        }
    }
}
