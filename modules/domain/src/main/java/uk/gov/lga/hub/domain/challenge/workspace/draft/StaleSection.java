package uk.gov.lga.hub.domain.challenge.workspace.draft;

/**
 * Someone saved the section after the writer last read it: nothing is saved, and the writer is shown the current
 * text and who wrote it, to merge by hand rather than overwrite a colleague.
 */
public class StaleSection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient DraftSection current;

    StaleSection(DraftSection current) {
        super((current.changedBy() == null ? "Someone" : current.changedBy()) + " saved \"" + current.heading()
                + "\" after you opened it. Here is their text:" + " copy what you need into yours and save again.");
        this.current = current;
    }

    public DraftSection current() {
        return current;
    }
}
