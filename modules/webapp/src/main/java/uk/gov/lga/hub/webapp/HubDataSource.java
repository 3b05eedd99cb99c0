package uk.gov.lga.hub.webapp;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's pool. It logs in as the application role, which owns no table, so PostgreSQL's row-level
 * security applies to it. Values come from MicroProfile Config (system properties or HUB_DB_* variables).
 *
 * <p>When the database goes away (restart, crash, failover) the pool must notice at once and fail fast, so that
 * requests are answered 503 within two seconds and the first request after the database is back succeeds
 * (docs/operations.md, "When the database goes away"):
 * <ul>
 *   <li>each connection is validated with {@code SELECT 1} when it is handed out (auto-commit validation never
 *       reaches the server, so it passed dead connections on), at most once a second: under load a connection is
 *       handed out many times a second, and a round trip each time was 7% of a cached read's CPU (issue 17); a
 *       connection that died within that second fails its statement, which is answered 503 and closes the
 *       pool's other connections as a failed validation does;</li>
 *   <li>one failed validation or connection error closes every pooled connection: after a restart they are all
 *       dead, and finding that out one request at a time took most of a minute;</li>
 *   <li>a request waits at most 1.5 s for a free connection; a new connection may take 1 s to connect (an
 *       address that does not answer, as while a container restarts) and 2 s to log in;</li>
 *   <li>a statement may run 30 s; the socket gives up after 60 s without a byte, for a server that vanished
 *       without closing its connections.</li>
 * </ul>
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/hub",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=hub.db.url}",
        user = "${MPCONFIG=hub.db.app.user}",
        password = "${MPCONFIG=hub.db.app.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        loginTimeout = 2,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=1",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=1500",
            "fish.payara.statement-timeout-in-seconds=30",
            "connectTimeout=1",
            "socketTimeout=60"
        })
public class HubDataSource {}
