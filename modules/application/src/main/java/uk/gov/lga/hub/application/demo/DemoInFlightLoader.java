package uk.gov.lga.hub.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.OnSiteVisit;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;
import uk.gov.lga.hub.domain.peer.Peer;
import uk.gov.lga.hub.domain.peer.PeerKind;
import uk.gov.lga.hub.domain.peer.PeerRepository;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.ActionDetails;
import uk.gov.lga.hub.domain.response.ActionOwner;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.CouncilResponseRepository;
import uk.gov.lga.hub.domain.response.OwnerKind;
import uk.gov.lga.hub.domain.response.SelfAssessment;
import uk.gov.lga.hub.domain.response.SelfAssessmentRepository;
import uk.gov.lga.hub.domain.shared.Rag;
import uk.gov.lga.hub.domain.theme.ThemeFramework;
import uk.gov.lga.hub.domain.theme.ThemeRepository;

/**
 * An in-flight Gateshead challenge whose dates are relative to the day the demo starts, so the daily reminders have
 * something due the first time they run: the visit ended 80 days ago, the report is issued, the feedback report and
 * action plan are due to be published within a fortnight, and an action owned by {@code gateshead-editor} is ten
 * days overdue. Invented for the demo (the seeds are Coventry's); loaded once, when Gateshead has no challenge yet.
 * The demo's {@code peer} user is on its team and in the peer directory, so signing in as them shows a workspace
 * (read only: the report is issued).
 */
@ApplicationScoped
public class DemoInFlightLoader {

    static final String GATESHEAD = "E08000037";
    static final int DAYS_SINCE_VISIT = 80;
    /** The realm's demo peer (deploy/keycloak/lga-realm.json). */
    static final String DEMO_PEER = "peer";

    private static final Logger LOG = Logger.getLogger(DemoInFlightLoader.class.getName());
    private static final String ACTOR = "demo-data";

    @Inject
    @ConfigProperty(name = "hub.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    CouncilDataScope scope;

    @Inject
    CouncilRepository councils;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    CouncilResponseRepository responses;

    @Inject
    SelfAssessmentRepository selfAssessments;

    @Inject
    ThemeRepository themes;

    @Inject
    PeerRepository peers;

    @Inject
    Clock clock;

    public void loadIfEnabled() {
        if (!enabled) {
            return;
        }
        boolean loaded = scope.call(Tenant.startUp(GATESHEAD, ACTOR), this::load);
        if (loaded) {
            LOG.info("Demo data: an in-flight Gateshead challenge, on site " + DAYS_SINCE_VISIT + " days ago");
        }
    }

    private boolean load() {
        Council gateshead = councils.findByCode(GATESHEAD).orElse(null);
        if (gateshead == null || !challenges.findByCouncilCode(GATESHEAD).isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        LocalDate end = today.minusDays(DAYS_SINCE_VISIT);
        PeerChallenge challenge = PeerChallenge.propose(
                gateshead,
                ThemeFramework.CPC_2020,
                new OnSiteVisit(end.minusDays(3), end),
                themes.coreThemesOf(ThemeFramework.CPC_2020));
        challenge.addFocusArea(themes.focusArea("Housing delivery"));
        challenge.addTeamMember(
                "Demo Manager", TeamRole.PEER_CHALLENGE_MANAGER, "Peer Challenge Manager", "LGA", null, "pcm");
        challenge.addTeamMember(
                "Demo Lead", TeamRole.LEAD_PEER, "Chief Executive", "A neighbouring council", null, null);
        Peer demoPeer = demoPeer();
        challenge
                .addTeamMember(
                        demoPeer.name(),
                        TeamRole.OFFICER_PEER,
                        demoPeer.position(),
                        demoPeer.organisation(),
                        null,
                        DEMO_PEER)
                .linkTo(demoPeer.id());
        KeyRecommendation first = challenge.addRecommendation(
                "1",
                "Agree a single climate plan with partners",
                "Bring the council's and partners' climate " + "commitments into one plan with shared milestones.",
                List.of());
        KeyRecommendation second = challenge.addRecommendation(
                "2",
                "Strengthen the medium-term financial plan",
                "Close the budget gap for the next three years " + "with savings that are identified and owned.",
                List.of());
        for (ChallengeStatus step :
                List.of(ChallengeStatus.SCHEDULED, ChallengeStatus.ON_SITE, ChallengeStatus.REPORT_DRAFTING)) {
            challenge.move(step);
        }
        challenge.writeReport("An invented in-flight challenge for the demo.", Map.of());
        challenge.issueReport(end.plusDays(14));
        challenges.add(challenge);
        challenges.flush();

        Instant at = clock.instant();
        CouncilResponse response = CouncilResponse.to(
                first, GATESHEAD, Acceptance.ACCEPTED, "We accept this and have started the work.", ACTOR, at);
        response.addAction(
                new ActionDetails(
                        "Publish the joint climate plan",
                        ActionOwner.restored(OwnerKind.USER, "gateshead-editor", "Gateshead editor", null),
                        today.minusDays(10),
                        ActionStatus.IN_PROGRESS,
                        null),
                ACTOR,
                at);
        responses.add(response);
        // The council's own view ahead of its progress review, so the two-sided review page has something to show.
        selfAssessments.add(SelfAssessment.of(
                first,
                GATESHEAD,
                Rag.AMBER,
                "The joint plan is drafted with partners; publication is due.",
                ACTOR,
                at));
        selfAssessments.add(SelfAssessment.of(
                second, GATESHEAD, Rag.GREEN, "Savings for the next three years are identified and owned.", ACTOR, at));
        responses.flush();
        return true;
    }

    /** The demo peer's directory entry: an officer from a council outside the North East (no conflict). */
    private Peer demoPeer() {
        return peers.findByUsername(DEMO_PEER).orElseGet(() -> {
            Peer peer = Peer.enlist(
                    new Peer.Details(
                            "Parveen Peer",
                            PeerKind.OFFICER_PEER,
                            null,
                            "Coventry City Council",
                            "E08000026",
                            "Head of Strategy",
                            "peer@demo.peer-challenge-hub.test",
                            DEMO_PEER,
                            themes.coreThemesOf(ThemeFramework.CPC_2020).stream()
                                    .filter(t -> t.code().equals("financial-planning-and-management"))
                                    .toList()),
                    ACTOR,
                    clock.instant());
            peers.add(peer);
            peers.flush();
            return peer;
        });
    }
}
