package uk.gov.lga.hub.domain.calendar;

/** Which calendar a subscription address serves: one council's, a manager's own challenges, or a region's. */
public enum FeedKind {
    /** One council's challenges; the target is its code. */
    COUNCIL,
    /** The challenges the subscriber manages (on the peer team as peer challenge manager); no target. */
    MANAGED,
    /** Every council of a region; the target is the region's code. */
    REGION
}
