package uk.gov.lga.hub.application.response;

import java.time.Instant;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.CouncilResponse;

/** A council's response as readers see it; {@code version} is what a later save must quote. */
public record ResponseView(
        long recommendationId,
        String recommendationNumber,
        String recommendationTitle,
        String councilCode,
        Acceptance acceptance,
        String narrative,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public static ResponseView of(CouncilResponse response) {
        return new ResponseView(
                response.recommendation().id(),
                response.recommendation().number(),
                response.recommendation().title(),
                response.councilCode(),
                response.acceptance(),
                response.narrative(),
                response.updatedBy(),
                response.updatedAt(),
                response.version());
    }
}
