package uk.gov.lga.hub.api.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the application's database role can reach the migrated schema. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/hub")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from region")) {
            rows.next();
            return HealthCheckResponse.named("database").status(rows.getInt(1) == 9).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getSQLState()).build();
        }
    }
}
