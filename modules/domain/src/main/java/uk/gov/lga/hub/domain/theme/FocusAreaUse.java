package uk.gov.lga.hub.domain.theme;

/** A focus area still in use as a choice, with how many challenges have it in scope and recommendations carry it. */
public record FocusAreaUse(Theme theme, long challenges, long recommendations) {}
