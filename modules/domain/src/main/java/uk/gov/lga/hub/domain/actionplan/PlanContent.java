package uk.gov.lga.hub.domain.actionplan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.ActionStatus;

/**
 * What the LGA signs off in an action plan: per recommendation, the council's response and its actions. Progress
 * updates and evidence are monitoring, not the plan, so they are not part of it.
 */
public record PlanContent(List<Response> responses) {

    /** A recommendation and the council's answer to it; {@code acceptance} is null while it is unanswered. */
    public record Response(String number, String title, Acceptance acceptance, String narrative, List<Action> actions) {

        public Response {
            actions = List.copyOf(actions);
        }

        boolean answered() {
            return acceptance != null;
        }
    }

    /** One action; {@code id} follows it from version to version, even when its wording changes. */
    public record Action(
            long id, String description, String ownerName, String ownerRole, LocalDate due, ActionStatus status) {}

    public PlanContent {
        responses = List.copyOf(responses);
    }

    /** The numbers of the recommendations that have no response yet. */
    public List<String> unanswered() {
        return responses.stream()
                .filter(r -> !r.answered())
                .map(Response::number)
                .toList();
    }

    /**
     * A digest of the content, kept with each submission so an identical resubmission is recognised without
     * reading the frozen copy back. Action ids are left out: the same action written again is the same plan.
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        for (Response r : responses) {
            append(canonical, Stream.of(r.number(), r.title(), r.acceptance(), r.narrative()));
            for (Action a : r.actions()) {
                append(canonical, Stream.of(a.description(), a.ownerName(), a.ownerRole(), a.due(), a.status()));
            }
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /** Fields separated and terminated by control characters, which typed text does not contain. */
    private static void append(StringBuilder canonical, Stream<Object> fields) {
        fields.forEach(f -> canonical.append(Objects.toString(f, "\u0000")).append('\u001f'));
        canonical.append('\u001e');
    }
}
