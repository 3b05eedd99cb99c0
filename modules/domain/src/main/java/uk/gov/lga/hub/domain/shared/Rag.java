package uk.gov.lga.hub.domain.shared;

/** Red, amber, green: how well something is going, as the LGA and councils rate it. */
public enum Rag {
    RED,
    AMBER,
    GREEN
}
