package uk.gov.lga.hub.domain.theme;

public enum ThemeKind {
    /** One of the core components every CPC of its framework looks at. */
    CORE,
    /** An area a council asked the peers to look at as well, e.g. Transformation. */
    FOCUS_AREA
}
