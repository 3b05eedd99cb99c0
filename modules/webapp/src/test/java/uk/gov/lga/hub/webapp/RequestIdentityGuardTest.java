package uk.gov.lga.hub.webapp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import java.util.Optional;
import java.util.Set;
import org.jboss.weld.environment.se.Weld;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.security.Caller;

/** The start-up check in a real CDI container (Weld, as in Payara): what it refuses to deploy, and what it lets by. */
class RequestIdentityGuardTest {

    @RequestScoped
    static class CallerSource {
        @Produces
        Caller caller() {
            return new Caller("someone", Set.of(), Optional.empty(), Optional.empty());
        }
    }

    /** A per-request value made by a request-scoped producer, not marked: still request-derived. */
    record Ticket(String holder) {}

    @RequestScoped
    static class TicketSource {
        @Produces
        Ticket ticket() {
            return new Ticket("someone");
        }
    }

    @RequestScoped
    static class PageBean {
        @Inject
        Caller caller;
    }

    @ApplicationScoped
    static class ServiceHoldingCaller {
        @Inject
        Caller caller;
    }

    @Singleton
    static class SingletonHoldingTicket {
        @Inject
        Ticket ticket;
    }

    static class DownloadServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Caller caller;
    }

    static class GuardFilter implements Filter {
        @Inject
        Caller caller;

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {}
    }

    static class StartupListener implements ServletContextListener {
        @Inject
        Caller caller;

        @Override
        public void contextInitialized(ServletContextEvent event) {}
    }

    private static void deploy(Class<?>... beans) {
        Weld weld = new Weld()
                .disableDiscovery()
                .addExtension(new RequestIdentityGuard())
                .addBeanClasses(CallerSource.class, TicketSource.class)
                .addBeanClasses(beans);
        try (var container = weld.initialize()) {
            assertTrue(container.isRunning());
        }
    }

    private static void refused(Class<?> holder) {
        // A definition or deployment problem, as the container reports it; either way nothing is deployed.
        RuntimeException refused = assertThrows(RuntimeException.class, () -> deploy(holder));
        assertTrue(refused instanceof DeploymentException || refused instanceof DefinitionException, refused::toString);
        assertTrue(
                refused.toString().contains(holder.getName())
                        && refused.toString().contains("request-derived"),
                refused::toString);
    }

    @Test
    void aRequestScopedPageMayHoldTheCaller() {
        assertDoesNotThrow(() -> deploy(PageBean.class));
    }

    @Test
    void anApplicationScopedBeanHoldingTheCallerIsNotDeployed() {
        refused(ServiceHoldingCaller.class);
    }

    @Test
    void aServletHoldingTheCallerIsNotDeployed() {
        refused(DownloadServlet.class);
    }

    @Test
    void aFilterHoldingTheCallerIsNotDeployed() {
        refused(GuardFilter.class);
    }

    @Test
    void aListenerHoldingTheCallerIsNotDeployed() {
        refused(StartupListener.class);
    }

    @Test
    void aValueARequestScopedBeanProducesIsRequestDerivedToo() {
        refused(SingletonHoldingTicket.class);
    }
}
