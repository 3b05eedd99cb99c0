package uk.gov.lga.hub.domain.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class CouncilCodeTest {

    @Test
    void anEnglishAuthoritysOnsCodeIsACouncilCode() {
        assertEquals("E08000026", CouncilCode.of("E08000026").value());
        assertEquals("E08000026", CouncilCode.of("E08000026").toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "E0800002", "E080000261", "W06000015", "e08000026", " E08000026"})
    void anythingElseIsRefusedWithTheRuleClientsSwitchOn(String value) {
        assertFalse(CouncilCode.isValid(value));
        assertEquals(
                "council-code-invalid",
                assertThrows(DomainRuleViolation.class, () -> CouncilCode.of(value))
                        .rule());
    }
}
