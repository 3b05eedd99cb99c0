package uk.gov.lga.hub.application.review;

import uk.gov.lga.hub.domain.shared.Rag;

/**
 * What a council editor sends to record or revise the council's own rating of one recommendation.
 *
 * @param version the version they read; null when they believe the council has not rated it yet
 */
public record SelfAssessmentCommand(Rag rag, String narrative, Long version) {}
