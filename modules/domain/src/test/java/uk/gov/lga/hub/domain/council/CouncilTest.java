package uk.gov.lga.hub.domain.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class CouncilTest {

    @ParameterizedTest
    @ValueSource(strings = {"E08000026", "E08000037", "E10000002"})
    void acceptsEnglishOnsCodes(String code) {
        assertEquals(code, new Council(code, "A council", CouncilType.OTHER, Region.LONDON).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e08000026", "W06000015", "E0800002", "E080000261", "coventry"})
    void refusesAnythingElseAsACode(String code) {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class, () -> new Council(code, "A council", CouncilType.OTHER, Region.LONDON));
        assertEquals("council-code-invalid", refused.rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"north-east", "west-midlands", "yorkshire-and-the-humber"})
    void regionsRoundTripThroughTheirCodes(String code) {
        assertEquals(code, Region.fromCode(code).code());
    }
}
