package uk.gov.lga.hub.domain.challenge.workspace.draft;

/** What one entry of a draft's trail records. */
public enum DraftChangeKind {
    SECTION_SAVED,
    HANDED_OVER,
    RETURNED_TO_TEAM,
    TAKEN_INTO_REPORT
}
