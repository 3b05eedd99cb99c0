package uk.gov.lga.hub.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.notification.DailyJob;
import uk.gov.lga.hub.application.notification.DailyReminders;
import uk.gov.lga.hub.application.notification.OutboxSender;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * A development trigger: runs the daily reminders now (optionally as if it were another day) and delivers what is
 * due. It exists only where {@code hub.dev.notifications-trigger=true} (deploy/run.sh and the tests); elsewhere it
 * answers 404 like any unknown address.
 */
@Path("v1/admin/notifications/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationRunResource {

    @Inject
    @ConfigProperty(name = "hub.dev.notifications-trigger", defaultValue = "false")
    boolean enabled;

    @Inject
    DailyJob job;

    @Inject
    OutboxSender sender;

    /** What the run decided, how many digests it mailed, and how many mails went out straight after. */
    public record Result(DailyReminders.Run run, int digests, int sent, int failed) {}

    @POST
    @SharedData
    @RolesAllowed(Role.LGA_ADMIN)
    @Operation(
            operationId = "runNotificationsNow",
            summary = "Development only: run the daily job now (reminders, digests) and deliver what is due",
            description = "`today` (YYYY-MM-DD) runs them as if it were that day. 404 unless the deployment "
                    + "enables hub.dev.notifications-trigger.")
    public Result run(@QueryParam("today") String today) {
        if (!enabled) {
            throw new NotFound("No development trigger here.");
        }
        DailyJob.Day day = today == null || today.isBlank() ? job.today() : job.on(day(today));
        int sent = 0;
        int failed = 0;
        OutboxSender.Batch batch;
        do {
            batch = sender.deliverDue();
            sent += batch.sent();
            failed += batch.failed();
        } while (batch.more() && batch.failed() == 0);
        return new Result(day.run(), day.digests(), sent, failed);
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new DomainRuleViolation("date-invalid", "Give the day as YYYY-MM-DD, for example 2024-04-10.");
        }
    }
}
