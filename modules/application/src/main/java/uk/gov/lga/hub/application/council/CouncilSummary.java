package uk.gov.lga.hub.application.council;

import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;

public record CouncilSummary(String code, String name, CouncilType type, String region, String regionName) {

    public static CouncilSummary of(Council council) {
        return new CouncilSummary(
                council.code(),
                council.name(),
                council.type(),
                council.region().code(),
                council.region().displayName());
    }
}
