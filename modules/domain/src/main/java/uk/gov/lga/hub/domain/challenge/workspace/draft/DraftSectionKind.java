package uk.gov.lga.hub.domain.challenge.workspace.draft;

/** The parts of a feedback report the team drafts, in the printed order. */
public enum DraftSectionKind {
    INTRODUCTION,
    THEME,
    KEY_RECOMMENDATIONS
}
