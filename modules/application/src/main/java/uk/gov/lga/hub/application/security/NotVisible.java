package uk.gov.lga.hub.application.security;

import uk.gov.lga.hub.application.shared.NotFound;

/**
 * A council's record that the caller may not know exists: answered exactly as a record that does not exist, so
 * that no answer tells another council's ids, names or records apart from missing ones.
 */
public class NotVisible extends NotFound {

    private static final long serialVersionUID = 1L;

    public NotVisible() {
        super(NotFound.NOTHING_HERE);
    }
}
