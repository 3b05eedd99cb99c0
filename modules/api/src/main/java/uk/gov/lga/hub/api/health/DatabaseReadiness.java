package uk.gov.lga.hub.api.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the application's database role can reach the migrated schema. Bounded, so that a load balancer
 * asking while the database is away gets "down" within about two seconds: the pool gives up waiting for a
 * connection after 1.5 s and a new connection after 2 s (HubDataSource), and the query may take 2 s.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int QUERY_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/hub")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (var rows = statement.executeQuery("select count(*) from region")) {
                rows.next();
                return HealthCheckResponse.named("database")
                        .status(rows.getInt(1) == 9)
                        .build();
            }
        } catch (SQLException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", String.valueOf(e.getSQLState()))
                    .build();
        }
    }
}
