package uk.gov.lga.hub.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.lga.hub.domain.council.CouncilCode;

class CallerTest {

    /** A claim that is not a council code (a typo in Keycloak, a forged group) names no council, so it opens none. */
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "coventry", "E0800002", "E080000266", "W06000015", "E08000026 ", "' or 1=1"})
    void aCouncilClaimThatIsNotACouncilCodeNamesNoCouncil(String claim) {
        Caller caller = new Caller("someone", Set.of(Role.COUNCIL_EDITOR), Caller.councilOf(claim), Optional.empty());
        assertEquals(Optional.empty(), caller.councilCode());
        assertFalse(caller.belongsTo(String.valueOf(claim)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"E08000026", "E08000037"})
    void aCouncilUserBelongsToTheCouncilOfTheirClaim(String claim) {
        Caller caller = new Caller("someone", Set.of(Role.COUNCIL_EDITOR), Caller.councilOf(claim), Optional.empty());
        assertEquals(Optional.of(CouncilCode.of(claim)), caller.councilCode());
        assertTrue(caller.belongsTo(claim));
    }
}
