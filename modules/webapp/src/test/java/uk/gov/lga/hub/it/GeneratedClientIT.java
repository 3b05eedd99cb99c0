package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.lga.hub.client.ApiClient;
import uk.gov.lga.hub.client.ApiException;
import uk.gov.lga.hub.client.api.DefaultApi;
import uk.gov.lga.hub.client.model.Acceptance;
import uk.gov.lga.hub.client.model.ActionCommand;
import uk.gov.lga.hub.client.model.ActionStatus;
import uk.gov.lga.hub.client.model.ActionView;
import uk.gov.lga.hub.client.model.ChallengeDetail;
import uk.gov.lga.hub.client.model.ChallengeStatus;
import uk.gov.lga.hub.client.model.ChallengeSummary;
import uk.gov.lga.hub.client.model.Entry;
import uk.gov.lga.hub.client.model.Issue;
import uk.gov.lga.hub.client.model.Move;
import uk.gov.lga.hub.client.model.Problem;
import uk.gov.lga.hub.client.model.Rag;
import uk.gov.lga.hub.client.model.RecommendationText;
import uk.gov.lga.hub.client.model.ReportText;
import uk.gov.lga.hub.client.model.ResponseCommand;
import uk.gov.lga.hub.client.model.ResponseView;
import uk.gov.lga.hub.client.model.Schedule;
import uk.gov.lga.hub.client.model.UpdateCommand;
import uk.gov.lga.hub.client.model.UpdateView;

/**
 * A client generated from docs/api/openapi.yaml (and nothing else: no hand-written HTTP) runs a council editor's
 * journey against the real application and Keycloak. If the contract says something the service does not do,
 * this is where a client would have found out.
 */
@ExtendWith(RunningStack.class)
class GeneratedClientIT {

    private static final String GATESHEAD = "E08000037";
    private static final LocalDate VISIT = LocalDate.parse("2025-02-03");

    final URL base = RunningStack.appUrl();

    @Test
    void aCouncilEditorAnswersARecommendationAndKeepsThePlanCurrentThroughTheGeneratedClient() throws Exception {
        long challengeId = issuedChallenge(as("pcm"));
        DefaultApi editor = as("gateshead-editor");

        ChallengeSummary mine = editor.listCouncilChallenges(GATESHEAD).stream()
                .filter(c -> VISIT.equals(c.getOnSiteStart()))
                .findFirst()
                .orElseThrow();
        assertEquals(challengeId, mine.getId().longValueExact());
        ChallengeDetail challenge = editor.getChallenge(mine.getId());
        assertEquals(ChallengeStatus.REPORT_ISSUED, challenge.getStatus());
        BigDecimal recommendation = challenge.getRecommendations().get(0).getId();

        ResponseView first = editor.respond(
                recommendation,
                new ResponseCommand()
                        .acceptance(Acceptance.ACCEPTED)
                        .narrative("We accept this and will publish a housing plan."));
        ResponseView revised = editor.respond(
                recommendation,
                new ResponseCommand()
                        .acceptance(Acceptance.PARTIALLY_ACCEPTED)
                        .narrative("We accept most of it.")
                        .version(first.getVersion()));
        assertEquals(Acceptance.PARTIALLY_ACCEPTED, revised.getAcceptance());

        ApiException stale = assertThrows(
                ApiException.class,
                () -> editor.respond(
                        recommendation,
                        new ResponseCommand()
                                .acceptance(Acceptance.NOT_ACCEPTED)
                                .narrative("Based on an old read.")
                                .version(first.getVersion())));
        assertEquals(409, stale.getCode());
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertTrue(problem.getType().toString().endsWith("/problems/stale-version"), problem.toString());
        assertEquals(409, problem.getStatus());
        assertEquals(
                "We accept most of it.",
                ((Map<?, ?>) problem.getCurrent()).get("narrative"),
                "the refusal carries the response as it is now");

        editor.addAction(
                recommendation,
                new ActionCommand()
                        .description("Publish the housing delivery plan")
                        .due(LocalDate.parse("2026-03-31")));
        ActionView action = actionsOf(editor.getActionPlan(mine.getId()).getRecommendations(), recommendation)
                .get(0);
        assertEquals("Publish the housing delivery plan", action.getDescription());
        assertEquals(ActionStatus.NOT_STARTED, action.getStatus());
        editor.addUpdate(
                recommendation,
                action.getId(),
                new UpdateCommand()
                        .writtenOn(LocalDate.parse("2025-12-01"))
                        .narrative("Consultation open.")
                        .newStatus(ActionStatus.IN_PROGRESS)
                        .newRag(Rag.AMBER));

        List<UpdateView> updates = editor.listActionUpdates(recommendation, action.getId());
        assertEquals(1, updates.size());
        assertEquals("Consultation open.", updates.get(0).getNarrative());
        ActionView afterUpdate = actionsOf(editor.getActionPlan(mine.getId()).getRecommendations(), recommendation)
                .get(0);
        assertEquals(ActionStatus.IN_PROGRESS, afterUpdate.getStatus());
        assertEquals(Rag.AMBER, afterUpdate.getRag());
        Entry answered = editor.getActionPlan(mine.getId()).getRecommendations().stream()
                .filter(e -> e.getRecommendationId().equals(recommendation))
                .findFirst()
                .orElseThrow();
        assertEquals("We accept most of it.", answered.getResponse().getNarrative());
        assertEquals(
                0,
                revised.getVersion().compareTo(answered.getResponse().getVersion()),
                "reading back gives the version the revision returned");
    }

    /** The manager's steps, each stating in If-Match the version it is based on, as the contract offers. */
    private long issuedChallenge(DefaultApi manager) throws ApiException {
        manager.proposeChallenge(
                GATESHEAD,
                new Schedule().onSiteStart(VISIT).onSiteEnd(VISIT.plusDays(3)).confirmed(true));
        BigDecimal id = manager.listCouncilChallenges(GATESHEAD).stream()
                .filter(c -> VISIT.equals(c.getOnSiteStart()))
                .findFirst()
                .orElseThrow()
                .getId();
        ChallengeDetail challenge = manager.getChallenge(id);
        for (ChallengeStatus to :
                List.of(ChallengeStatus.SCHEDULED, ChallengeStatus.ON_SITE, ChallengeStatus.REPORT_DRAFTING)) {
            challenge = manager.move(id, ifMatch(challenge), new Move().to(to));
        }
        challenge = manager.writeReport(
                id, ifMatch(challenge), new ReportText().executiveSummary("Gateshead knows its priorities."));
        challenge = manager.addRecommendation(
                id,
                ifMatch(challenge),
                new RecommendationText().number("1").title("Housing").text("Agree a housing delivery plan."));
        manager.issueReport(id, ifMatch(challenge), new Issue().issuedOn(VISIT.plusDays(30)));
        return id.longValueExact();
    }

    private static String ifMatch(ChallengeDetail read) {
        return "\"" + read.getVersion().toPlainString() + "\"";
    }

    private static List<ActionView> actionsOf(List<Entry> plan, BigDecimal recommendation) {
        return plan.stream()
                .filter(e -> e.getRecommendationId().equals(recommendation))
                .findFirst()
                .orElseThrow()
                .getActions();
    }

    /** The generated client, pointed at the deployment, sending the user's real token from Keycloak. */
    private DefaultApi as(String username) {
        String token = Tokens.of(username);
        ApiClient client = new ApiClient()
                .setScheme(base.getProtocol())
                .setHost(base.getHost())
                .setPort(base.getPort())
                .setBasePath("");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new DefaultApi(client);
    }
}
