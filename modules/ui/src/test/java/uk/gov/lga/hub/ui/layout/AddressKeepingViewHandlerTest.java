package uk.gov.lga.hub.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressKeepingViewHandlerTest {

    @Test
    void aFormPostsBackToTheAddressOfItsRecord() {
        assertEquals(
                "/app/challenges/challenge.xhtml?id=42",
                AddressKeepingViewHandler.withRecordOf("/app/challenges/challenge.xhtml", Map.of("id", "42")::get));
        assertEquals(
                "/app/plan/recommendation.xhtml?id=7&challenge=42",
                AddressKeepingViewHandler.withRecordOf(
                        "/app/plan/recommendation.xhtml", Map.of("challenge", "42", "id", "7")::get));
    }

    @Test
    void onlyPlainNumbersTravelSoNothingTypedIsReflectedIntoTheAddress() {
        assertEquals(
                "/app/challenges/challenge.xhtml",
                AddressKeepingViewHandler.withRecordOf(
                        "/app/challenges/challenge.xhtml", Map.of("id", "42\"><script>", "challenge", "-1")::get));
        assertEquals(
                "/app/admin/councils.xhtml",
                AddressKeepingViewHandler.withRecordOf(
                        "/app/admin/councils.xhtml", Map.of("name", "Gateshead", "code", "E08000037")::get));
    }

    @Test
    void aParameterTheAddressAlreadyHasIsNotAddedTwice() {
        assertEquals(
                "/app/x.xhtml?id=1",
                AddressKeepingViewHandler.withRecordOf("/app/x.xhtml?id=1", Map.of("id", "1")::get));
    }
}
