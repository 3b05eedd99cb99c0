package uk.gov.lga.hub.ui.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.lga.hub.application.notification.NotificationCentre;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.notification.Frequency;
import uk.gov.lga.hub.ui.form.FieldError;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormInput;
import uk.gov.lga.hub.ui.form.FormStep;

/**
 * The signed-in person's notification centre: what needs their action, newest first, each marked done from here,
 * and how often they want to hear about what is not urgent. Only ever the caller's own: an id that is not theirs is
 * not found, whoever it belongs to.
 */
@Named
@RequestScoped
public class NotificationsPage {

    static final String LIST = "notifications";
    static final String FREQUENCY = "frequency";

    @Inject
    NotificationCentre centre;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private List<Shown> shown;
    private Frequency frequency;

    public List<Shown> getNotifications() {
        if (shown == null) {
            shown = centre.mine(caller, isAll()).stream().map(Shown::of).toList();
        }
        return shown;
    }

    /** Whether the done ones are listed too (the address says {@code all=true}). */
    public boolean isAll() {
        return "true".equals(FieldInput.textParameter("all"));
    }

    public String markDone() {
        Long id = FieldInput.numberParameter("notification");
        return FormStep.run(errors, rule -> LIST, here(), () -> {
            try {
                NotificationCentre.Item done = centre.markDone(caller, id == null ? -1 : id);
                return "‘" + Shown.of(done).title() + "’ is marked as done.";
            } catch (NotFound notYours) {
                throw new FieldError(LIST, "That notification was not found among yours, so nothing was changed.");
            }
        });
    }

    public String save() {
        Frequency chosen = new FormInput(errors)
                .choice(
                        FREQUENCY,
                        FieldInput.textParameter(FREQUENCY),
                        Frequency.class,
                        "Select how often you want to hear about what is not urgent");
        if (chosen == null) {
            return null;
        }
        return FormStep.run(
                errors,
                rule -> FREQUENCY,
                here(),
                () -> "Your choice is saved: " + label(centre.choose(caller, chosen)) + ".");
    }

    private String here() {
        return "/app/notifications/index.xhtml?faces-redirect=true" + (isAll() ? "&all=true" : "");
    }

    /** What the radios show as chosen: what was just sent, else what is saved. */
    public String getFrequency() {
        String sent = FieldInput.textParameter(FREQUENCY);
        if (sent != null || errors.has(FREQUENCY)) {
            return sent;
        }
        if (frequency == null) {
            frequency = centre.frequency(caller);
        }
        return frequency.name();
    }

    static String label(Frequency f) {
        return switch (f) {
            case IMMEDIATELY -> "immediately";
            case DAILY -> "a daily digest";
            case WEEKLY -> "a weekly digest";
            case OFF -> "only in the Hub";
        };
    }

    public FormErrors getErrors() {
        return errors;
    }
}
