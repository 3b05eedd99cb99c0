package uk.gov.lga.hub.application.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.shared.NotFound;

class CouncilDirectoryTest {

    private final Demo demo = Demo.create();
    private final CouncilDirectory directory = demo.hub.service(CouncilDirectory.class);

    @Test
    void aRecommendationAndAChallengeBelongToTheCouncilTheChallengeWasHeldAt() {
        assertEquals(
                Demo.GATESHEAD,
                directory.ofRecommendation(demo.gatesheadRecommendation(1).id()).code());
        assertEquals(
                Demo.COVENTRY,
                directory.ofChallenge(demo.coventryChallenge.id()).code());
    }

    @Test
    void unknownCodesAndIdsAreNotFound() {
        assertThrows(NotFound.class, () -> directory.byCode("E09999999"));
        assertThrows(NotFound.class, () -> directory.ofChallenge(999_999L));
        assertThrows(NotFound.class, () -> directory.ofRecommendation(999_999L));
    }

    @Test
    void everyCouncilIsListed() {
        assertEquals(
                List.of(Demo.COVENTRY, Demo.GATESHEAD),
                directory.all().stream().map(CouncilSummary::code).toList());
    }
}
