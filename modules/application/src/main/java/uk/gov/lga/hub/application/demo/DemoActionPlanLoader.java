package uk.gov.lga.hub.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.committee.CommitteeMeeting;
import uk.gov.lga.hub.domain.committee.CommitteeMeetingRepository;
import uk.gov.lga.hub.domain.committee.Considered;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.ActionDetails;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.CouncilResponseRepository;
import uk.gov.lga.hub.domain.shared.Rag;

/**
 * Loads Coventry's May 2024 responses, actions and committee meetings (from the seeds) after the challenges
 * exist, through the domain and behind the council's tenant wall like any other write. Idempotent: a challenge
 * that already has responses is left alone.
 */
@ApplicationScoped
public class DemoActionPlanLoader {

    private static final Logger LOG = Logger.getLogger(DemoActionPlanLoader.class.getName());
    private static final String ACTOR = "demo-data";
    private static final String RESOURCE = "/demo/coventry-2024-action-plan.json";

    @Inject
    @ConfigProperty(name = "hub.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    CouncilDataScope scope;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    CouncilResponseRepository responses;

    @Inject
    CommitteeMeetingRepository meetings;

    public void loadIfEnabled() {
        if (!enabled) {
            return;
        }
        if (DemoActionPlanLoader.class.getResource(RESOURCE) == null) {
            LOG.warning(() -> "Demo data: " + RESOURCE + " is missing; no action plan loaded");
            return;
        }
        DemoActionPlan plan = read();
        int loaded = scope.call(Tenant.startUp(plan.council(), ACTOR), () -> load(plan));
        LOG.info(() -> "Demo data: " + loaded + " responses loaded for " + plan.council());
    }

    private int load(DemoActionPlan plan) {
        PeerChallenge challenge = challenges.findByCouncilCode(plan.council()).stream()
                .filter(c -> c.visit().startDate().equals(plan.onSiteStart()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Demo data: no challenge of " + plan.council() + " on site from " + plan.onSiteStart()));
        if (!responses.findByChallenge(challenge.id()).isEmpty()) {
            return 0;
        }
        Instant at = plan.respondedOn()
                .atTime(9, 0)
                .atZone(ZoneId.of("Europe/London"))
                .toInstant();
        for (DemoActionPlan.ResponseEntry entry : plan.responses()) {
            KeyRecommendation recommendation = challenge.recommendations().stream()
                    .filter(r -> r.number().equals(entry.number()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo data: no recommendation " + entry.number()));
            CouncilResponse response = CouncilResponse.to(
                    recommendation,
                    plan.council(),
                    Acceptance.valueOf(entry.acceptance()),
                    entry.narrative(),
                    ACTOR,
                    at);
            entry.actions()
                    .forEach(a -> response.addAction(
                            new ActionDetails(
                                    a.description(),
                                    a.ownerName(),
                                    a.ownerRole(),
                                    a.due(),
                                    a.status() == null ? null : ActionStatus.valueOf(a.status()),
                                    a.rag() == null ? null : Rag.valueOf(a.rag())),
                            ACTOR,
                            at));
            responses.add(response);
        }
        plan.meetings()
                .forEach(m -> meetings.add(new CommitteeMeeting(
                        challenge,
                        m.committee(),
                        m.metOn(),
                        Considered.valueOf(m.considered()),
                        m.resolution(),
                        m.minutesUrl(),
                        ACTOR,
                        at)));
        responses.flush();
        return plan.responses().size();
    }

    private static DemoActionPlan read() {
        return DemoJson.read(RESOURCE, DemoActionPlan.class, "The demo action plan");
    }
}
