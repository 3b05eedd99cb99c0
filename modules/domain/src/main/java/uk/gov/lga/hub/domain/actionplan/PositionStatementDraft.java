package uk.gov.lga.hub.domain.actionplan;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.response.ProgressUpdate;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.shared.Words;

/**
 * The first draft of a position statement, written from what the council has recorded: for each recommendation
 * its response, its actions with owner, due date (and how far it moved) and status, and the latest update.
 * The council edits it before submitting; nothing here is sent without them reading it.
 */
public final class PositionStatementDraft {

    private PositionStatementDraft() {}

    public static String assemble(PeerChallenge challenge, List<CouncilResponse> responses) {
        Map<KeyRecommendation, CouncilResponse> byRecommendation =
                responses.stream().collect(Collectors.toMap(CouncilResponse::recommendation, Function.identity()));
        StringBuilder text = new StringBuilder()
                .append("Position statement: ")
                .append(challenge.council().name())
                .append('\n')
                .append("Progress since the Corporate Peer Challenge on site ")
                .append(HumanDate.of(challenge.visit().startDate()))
                .append(" to ")
                .append(HumanDate.of(challenge.visit().endDate()))
                .append(".\n");
        for (KeyRecommendation recommendation : challenge.recommendations()) {
            text.append('\n')
                    .append(recommendation.number())
                    .append(' ')
                    .append(recommendation.title())
                    .append('\n');
            CouncilResponse response = byRecommendation.get(recommendation);
            if (response == null) {
                text.append("No response recorded yet.\n");
                continue;
            }
            text.append("Our response (")
                    .append(Words.of(response.acceptance()).toLowerCase(Locale.UK))
                    .append("): ")
                    .append(response.narrative())
                    .append('\n');
            for (PlanAction action : response.actions()) {
                text.append("- ")
                        .append(action.description())
                        .append(" (")
                        .append(Words.of(action.status()).toLowerCase(Locale.UK));
                if (action.ownerName() != null) {
                    text.append("; owner ").append(action.ownerName());
                }
                if (action.due() != null) {
                    text.append("; due ").append(HumanDate.of(action.due()));
                    if (action.slippageDays() != 0) {
                        text.append(", first due ").append(HumanDate.of(action.originalDue()));
                    }
                }
                text.append(")\n");
                action.updates().stream()
                        .max(Comparator.comparing(ProgressUpdate::writtenOn).thenComparing(ProgressUpdate::recordedAt))
                        .ifPresent(u -> text.append("  Latest update, ")
                                .append(HumanDate.of(u.writtenOn()))
                                .append(": ")
                                .append(u.narrative())
                                .append('\n'));
            }
        }
        return text.toString();
    }
}
