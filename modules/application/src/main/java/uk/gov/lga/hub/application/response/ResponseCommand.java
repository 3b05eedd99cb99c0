package uk.gov.lga.hub.application.response;

import uk.gov.lga.hub.domain.response.Acceptance;

/**
 * What a council editor sends to record or revise a response.
 *
 * @param version the version they read; null when they believe there is no response yet
 */
public record ResponseCommand(Acceptance acceptance, String narrative, Long version) {}
