package uk.gov.lga.hub.ui.publicreports;

import uk.gov.lga.hub.domain.challenge.PublicationKind;

/** What the public calls each kind of published report, on every public page. */
final class ReportKinds {

    private ReportKinds() {}

    static String label(PublicationKind kind) {
        return kind == PublicationKind.PROGRESS_REVIEW_REPORT ? "Progress review report" : "Feedback report";
    }
}
