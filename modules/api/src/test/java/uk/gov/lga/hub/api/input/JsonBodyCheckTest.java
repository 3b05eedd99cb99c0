package uk.gov.lga.hub.api.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyCheckTest {

    private final JsonBodyCheck check = new JsonBodyCheck(1_048_576);

    private RefusedBody refused(String json) {
        return assertThrows(RefusedBody.class, () -> check.read(stream(json)));
    }

    private void accepted(String json) throws Exception {
        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), check.read(stream(json)));
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void stopsReadingAtTheLimitAndRefusesTheBodyWith413() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }
        };
        RefusedBody tooLarge = assertThrows(RefusedBody.class, () -> new JsonBodyCheck(1000).read(endless));
        assertEquals(413, tooLarge.status());
        assertEquals("body-too-large", tooLarge.slug());
        assertEquals(1001, read[0]);
    }

    @Test
    void aBodyOfNullOrNothingIsAMissingBody() {
        for (String missing : new String[] {"", "  \n", "null", " null "}) {
            RefusedBody refused = refused(missing);
            assertEquals(422, refused.status(), missing);
            assertEquals("A JSON body is required", refused.title());
        }
    }

    @Test
    void malformedJsonAndBytesThatAreNotUtf8AreUnreadable() {
        assertEquals(400, refused("{\"title\":\"abc").status());
        assertEquals(400, refused("{,}").status());
        assertEquals(400, refused("{\"a\":1} trailing").status());
        RefusedBody notUtf8 = assertThrows(
                RefusedBody.class,
                () -> check.read(new ByteArrayInputStream(
                        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'})));
        assertEquals("unreadable-body", notUtf8.slug());
    }

    @Test
    void nestingBeyondThirtyTwoLevelsIsRefused() throws Exception {
        accepted("[".repeat(32) + "]".repeat(32));
        RefusedBody deep = refused("[".repeat(100_000) + "]".repeat(100_000));
        assertEquals(422, deep.status());
        assertEquals("body-too-deep", deep.slug());
    }

    @Test
    void aTitleMayHave500CharactersAndTheRefusalNamesTheFieldAndItsLimit() throws Exception {
        accepted("{\"title\":\"" + "t".repeat(500) + "\"}");
        RefusedBody tooLong = refused("{\"title\":\"" + "t".repeat(501) + "\"}");
        assertEquals(422, tooLong.status());
        assertEquals("title", tooLong.field());
        assertEquals(500, tooLong.limit());
    }

    @Test
    void longTextsMayHaveAHundredThousandCharactersWhereverTheyAreNested() throws Exception {
        String longest = "n".repeat(100_000);
        accepted("{\"narrative\":\"" + longest + "\"}");
        accepted("{\"ratings\":[{\"recommendationId\":1,\"comment\":\"" + longest + "\"}]}");
        accepted("{\"report\":{\"themeFeedback\":{\"local-priorities\":\"" + longest + "\"}}}");
        assertEquals(100_000, refused("{\"narrative\":\"" + longest + "n\"}").limit());
        assertEquals(
                "themeFeedback",
                refused("{\"themeFeedback\":{\"x\":\"" + longest + "n\"}}").field());
    }

    @Test
    void shortTextsInListsAndRecommendationNumbersHaveTheirOwnLimits() {
        assertEquals(
                "attendees",
                refused("{\"attendees\":[\"ok\",\"" + "a".repeat(501) + "\"]}").field());
        assertEquals(20, refused("{\"number\":\"" + "1".repeat(21) + "\"}").limit());
        assertEquals(
                2_000,
                refused("{\"url\":\"https://" + "h".repeat(2_000) + "\"}").limit());
        assertEquals(422, refused("{\"" + "k".repeat(501) + "\":1}").status());
    }
}
