package uk.gov.lga.hub.domain.challenge.timetable;

/** What a session of the visit is: each counts as one meeting in the report's paragraph. */
public enum SessionKind {
    INTERVIEW,
    FOCUS_GROUP,
    SITE_VISIT,
    OTHER
}
