package uk.gov.lga.hub.ui.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GovukStylesheetTest {

    @Test
    void theServedStylesheetNeverNamesOrLoadsTheReservedGovukTypeface() throws Exception {
        String original;
        try (InputStream in = GovukStylesheet.class.getResourceAsStream(GovukStylesheet.SOURCE)) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(original.contains("GDS Transport"), "the precompiled stylesheet uses the GOV.UK typeface");
        String served = GovukStylesheet.rewrite(original);
        assertFalse(served.contains("GDS Transport"));
        assertFalse(served.contains("@font-face"));
        assertFalse(served.contains("/assets/fonts/"));
        assertTrue(served.contains(GovukStylesheet.FONT_STACK));
        assertTrue(served.contains(".govuk-error-summary"), "the components' styles are kept");
    }
}
