package uk.gov.lga.hub.domain.challenge.timetable;

/** What a session of the visit is: each counts as one meeting in the report's paragraph. */
public enum SessionKind {
    INTERVIEW("Interview"),
    FOCUS_GROUP("Focus group"),
    SITE_VISIT("Site visit"),
    OTHER("Other");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    /** As a page shows it. */
    public String label() {
        return label;
    }
}
