package uk.gov.lga.hub.ui.form;

import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.gov.lga.hub.application.access.IdentityProviderFailure;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Runs one form's action the same way on every page: on success, a message for the next page and a redirect
 * (so a refresh never posts twice); on refusal, the reason at the field, what was typed kept, nothing saved. A
 * failure of the sign-in service is a refusal too ("identity-provider"), never a stack trace.
 */
public final class FormStep {

    private FormStep() {}

    public static String run(FormErrors errors, String field, String done, String next, Runnable action) {
        return run(errors, rule -> field, done, next, action);
    }

    /** As above, where the field to blame depends on the rule that refused ("stale" for a concurrent change). */
    public static String run(
            FormErrors errors, Function<String, String> fieldOfRule, String done, String next, Runnable action) {
        return run(errors, fieldOfRule, next, () -> {
            action.run();
            return done;
        });
    }

    /**
     * As above, where what is said on success depends on what the action found (its result is the message). An
     * action that did nothing and has already said why (an "are you sure?") answers null: the page is shown again.
     */
    public static String run(
            FormErrors errors, Function<String, String> fieldOfRule, String next, Supplier<String> action) {
        try {
            String done = action.get();
            if (done == null) {
                return null;
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("done", done);
            return next;
        } catch (DomainRuleViolation refused) {
            errors.add(fieldOfRule.apply(refused.rule()), refused.getMessage());
        } catch (FieldError invalid) {
            errors.add(invalid.field(), invalid.getMessage());
        } catch (IdentityProviderFailure failure) {
            // Keycloak (through the provisioner) failed: nothing was saved, and the details stay for a retry.
            errors.add(
                    fieldOfRule.apply("identity-provider"),
                    "The sign-in service did not answer, so nothing was changed. Try again in a few minutes.");
        } catch (StaleRecord stale) {
            errors.add(
                    fieldOfRule.apply("stale"),
                    "Someone else saved this after you opened the page, so your change was not saved. "
                            + "Reload the page to see their version, then make your change again.");
        }
        return null;
    }
}
