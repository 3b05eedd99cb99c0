package uk.gov.lga.hub.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.application.shared.Clocks;
import uk.gov.lga.hub.application.shared.MovableClock;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * A development control: moves the application's "today" by a number of days, or back. It exists only where
 * {@code hub.dev.clock-control=true} (deploy/run.sh and the tests); elsewhere it answers 404 like any unknown
 * address. Tests that move it reset it afterwards: the suites share one server.
 */
@Path("v1/admin/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    /** The day the application now takes as today, and how far that is from the system's. */
    public record Today(LocalDate today, long offsetDays) {}

    @Inject
    Clocks clocks;

    @Inject
    Clock clock;

    @PUT
    @SharedData
    @RolesAllowed(Role.LGA_ADMIN)
    @Operation(
            operationId = "moveClock",
            summary = "Development only: move the application's clock by a number of days",
            description = "`days` from -3650 to 3650. 404 unless the deployment enables hub.dev.clock-control.")
    public Today move(@QueryParam("days") Integer days) {
        MovableClock control = control();
        if (days == null || Math.abs(days) > 3650) {
            throw new DomainRuleViolation("clock-offset-invalid", "Give days as a whole number from -3650 to 3650.");
        }
        control.moveBy(Duration.ofDays(days));
        return today(control);
    }

    @DELETE
    @SharedData
    @RolesAllowed(Role.LGA_ADMIN)
    @Operation(
            operationId = "resetClock",
            summary = "Development only: put the application's clock back to the system's",
            description = "404 unless the deployment enables hub.dev.clock-control.")
    public Today reset() {
        MovableClock control = control();
        control.reset();
        return today(control);
    }

    private MovableClock control() {
        return clocks.control().orElseThrow(() -> new NotFound("No development clock here."));
    }

    private Today today(MovableClock control) {
        return new Today(LocalDate.now(clock), control.offset().toDays());
    }
}
