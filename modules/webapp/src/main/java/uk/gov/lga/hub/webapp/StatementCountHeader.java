package uk.gov.lga.hub.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.gov.lga.hub.persistence.StatementCount;

/**
 * Development and tests only ({@code hub.dev.statement-count=true}; off by default, never on in production): every
 * answer says in {@code X-Hub-Sql-Statements} how many SQL statements the request sent through EclipseLink before
 * its body was written. StatementCountIT pins the figure per read endpoint, so an N+1 cannot come back unnoticed.
 */
public class StatementCountHeader extends HttpFilter {

    public static final String HEADER = "X-Hub-Sql-Statements";

    private static final long serialVersionUID = 1L;

    private boolean counting;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        counting = ConfigProvider.getConfig()
                .getOptionalValue("hub.dev.statement-count", Boolean.class)
                .orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!counting) {
            chain.doFilter(request, response);
            return;
        }
        StatementCount.begin();
        try {
            StampedResponse stamped = new StampedResponse(response);
            chain.doFilter(request, stamped);
            stamped.stamp();
        } finally {
            StatementCount.end();
        }
    }

    /** Puts the count in the headers at the last moment they can still change: when the body starts. */
    private static final class StampedResponse extends HttpServletResponseWrapper {

        private boolean stamped;

        StampedResponse(HttpServletResponse response) {
            super(response);
        }

        void stamp() {
            if (!stamped && !isCommitted()) {
                setHeader(HEADER, Integer.toString(StatementCount.current()));
            }
            stamped = true;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            stamp();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            stamp();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            stamp();
            super.flushBuffer();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            stamp();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            stamp();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            stamp();
            super.sendRedirect(location);
        }
    }
}
