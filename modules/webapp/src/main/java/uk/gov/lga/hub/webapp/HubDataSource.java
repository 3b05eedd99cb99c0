package uk.gov.lga.hub.webapp;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's pool. It logs in as the application role, which owns no table, so PostgreSQL's row-level
 * security applies to it. Values come from MicroProfile Config (system properties or HUB_DB_* variables).
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
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
public class HubDataSource {
}
