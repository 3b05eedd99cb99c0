package uk.gov.lga.hub.ui.form;

import java.util.List;
import java.util.Objects;

/**
 * An irreversible step asks first. The first click only asks (the page shows what will happen and a "yes" button);
 * the form that asks carries {@code confirming} (and the record it is about), and only a post with it does the step.
 * Kept per request: the "yes" button must exist again when its post is read, or Faces would ignore the click.
 */
public final class Confirmation {

    static final String STEP = "confirming";
    static final String SUBJECT = "subject";

    private String askedStep;
    private Long askedSubject;
    private List<String> reasons = List.of();

    /** Whether the post confirms this step (about this record, where it names one). */
    public boolean confirms(String step, Long subject) {
        return step.equals(FieldInput.parameter(STEP)) && Objects.equals(subject, FieldInput.numberParameter(SUBJECT));
    }

    /** Shows the question instead of doing the step. */
    public void ask(String step, Long subject) {
        ask(step, subject, List.of());
    }

    /** As above, with the reasons for asking (the domain's, where it found something unusual). */
    public void ask(String step, Long subject, List<String> why) {
        askedStep = step;
        askedSubject = subject;
        reasons = List.copyOf(why);
    }

    public List<String> reasons() {
        return reasons;
    }

    /** Whether the page shows this question: just asked, or being answered. */
    public boolean asking(String step, Long subject) {
        return step.equals(askedStep) && Objects.equals(subject, askedSubject) || confirms(step, subject);
    }
}
