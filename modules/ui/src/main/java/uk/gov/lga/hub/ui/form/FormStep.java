package uk.gov.lga.hub.ui.form;

import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Runs one form's action the same way on every page: on success, a message for the next page and a redirect
 * (so a refresh never posts twice); on refusal, the reason at the field, what was typed kept, nothing saved.
 */
public final class FormStep {

    private FormStep() {}

    public static String run(FormErrors errors, String field, String done, String next, Runnable action) {
        return run(errors, rule -> field, done, next, action);
    }

    /** As above, where the field to blame depends on the rule that refused ("stale" for a concurrent change). */
    public static String run(
            FormErrors errors, Function<String, String> fieldOfRule, String done, String next, Runnable action) {
        try {
            action.run();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("done", done);
            return next;
        } catch (DomainRuleViolation refused) {
            errors.add(fieldOfRule.apply(refused.rule()), refused.getMessage());
        } catch (FieldError invalid) {
            errors.add(invalid.field(), invalid.getMessage());
        } catch (StaleRecord stale) {
            errors.add(
                    fieldOfRule.apply("stale"),
                    "Someone else saved this after you opened the page, so your change was not saved. "
                            + "Reload the page to see their version, then make your change again.");
        }
        return null;
    }
}
