package uk.gov.lga.hub.provisioning;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every refusal must look like: an RFC 9457 problem document, and no trace of the code behind it. */
final class Problems {

    private Problems() {}

    static void assertProblem(int status, String typeEnding, ProvisionerClient.Answer answer) {
        assertAll(
                answer.toString(),
                () -> assertEquals(status, answer.status()),
                () -> assertEquals("application/problem+json", answer.contentType()),
                () -> assertTrue(answer.json().path("type").asText().endsWith("/problems/" + typeEnding)),
                () -> assertFalse(answer.json().path("title").asText().isBlank()),
                () -> assertEquals(status, answer.json().path("status").asInt()),
                () -> assertFalse(answer.json().path("detail").asText().isBlank()),
                () -> assertFalse(answer.text().contains("Exception"), "no exception names"),
                () -> assertFalse(answer.text().contains("uk.gov.lga"), "no class names"),
                () -> assertFalse(
                        answer.text().contains("\tat ") || answer.text().contains(".java:"), "no stack trace"));
    }
}
