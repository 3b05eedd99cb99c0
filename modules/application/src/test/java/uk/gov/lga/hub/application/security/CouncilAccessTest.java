package uk.gov.lga.hub.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;

class CouncilAccessTest {

    private static final Council COVENTRY =
            new Council("E08000026", "Coventry City Council", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS);

    @ParameterizedTest(name = "{0} of {1}/{2} may read Coventry: {3}")
    @CsvSource({
        "lga-admin,,,true",
        "peer-challenge-manager,,,true",
        "council-editor,E08000026,,true",
        "council-viewer,E08000026,,true",
        "council-editor,E08000037,,false",
        "council-viewer,,,false",
        "principal-adviser,,west-midlands,true",
        "principal-adviser,,north-east,false",
        "peer,,,false",
        // A council claim without a council role gives nothing.
        "peer,E08000026,,false"
    })
    void readsCouncilDetailOnlyWhereTheJobNeedsIt(String role, String council, String region, boolean allowed) {
        Caller caller = new Caller(
                "someone",
                Set.of(role),
                Caller.councilOf(council),
                Optional.ofNullable(region).map(Region::fromCode));
        assertEquals(allowed, CouncilAccess.canReadDetail(caller, COVENTRY));
    }
}
