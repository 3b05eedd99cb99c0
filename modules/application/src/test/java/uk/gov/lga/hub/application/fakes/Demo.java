package uk.gov.lga.hub.application.fakes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.OnSiteVisit;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.ActionDetails;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.shared.Rag;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

/**
 * Demo-like data in a hub: Coventry (West Midlands) and Gateshead (North East), each with a challenge whose
 * feedback report is issued with two key recommendations, and a peer on Coventry's team. Council records
 * (responses, actions) are added on request, written as that council as the service would.
 */
public final class Demo {

    public static final String COVENTRY = "E08000026";
    public static final String GATESHEAD = "E08000037";
    public static final String COVENTRY_PEER_USERNAME = "peer-jo";

    public final InMemoryHub hub;
    public final Council coventry;
    public final Council gateshead;
    public final PeerChallenge coventryChallenge;
    public final PeerChallenge gatesheadChallenge;

    private Demo(InMemoryHub hub) {
        this.hub = hub;
        coventry =
                new Council(COVENTRY, "Coventry City Council", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS);
        gateshead = new Council(GATESHEAD, "Gateshead Council", CouncilType.METROPOLITAN_DISTRICT, Region.NORTH_EAST);
        hub.councils.add(coventry);
        hub.councils.add(gateshead);
        coventryChallenge =
                issued(coventry, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 1), "City Centre", "Workforce");
        coventryChallenge.addTeamMember(
                "Jo Peer", TeamRole.LEAD_PEER, "Chief Executive", "Another Council", null, COVENTRY_PEER_USERNAME);
        gatesheadChallenge =
                issued(gateshead, LocalDate.of(2023, 10, 9), LocalDate.of(2023, 12, 1), "Housing", "Finance");
        hub.challenges.add(coventryChallenge);
        hub.challenges.add(gatesheadChallenge);
        hub.flush();
    }

    /** Coventry and Gateshead in a new hub. */
    public static Demo in(InMemoryHub hub) {
        return new Demo(hub);
    }

    public static Demo create() {
        return in(new InMemoryHub());
    }

    private PeerChallenge issued(Council council, LocalDate visitStart, LocalDate issuedOn, String... titles) {
        PeerChallenge challenge = PeerChallenge.propose(
                council,
                ThemeFramework.CPC_2020,
                new OnSiteVisit(visitStart, visitStart.plusDays(3)),
                hub.themes.coreThemesOf(ThemeFramework.CPC_2020));
        for (ChallengeStatus step :
                List.of(ChallengeStatus.SCHEDULED, ChallengeStatus.ON_SITE, ChallengeStatus.REPORT_DRAFTING)) {
            challenge.move(step);
        }
        for (int i = 0; i < titles.length; i++) {
            challenge.addRecommendation(
                    "2." + (i + 1),
                    titles[i],
                    "Act on " + titles[i].toLowerCase() + ".",
                    List.of(hub.themes.byCode(InMemoryThemeRepository.PRIORITIES)));
        }
        challenge.writeReport(council.name() + " is an ambitious place.", Map.of());
        challenge.issueReport(issuedOn);
        return challenge;
    }

    /** Another council, with a challenge whose report was issued for each visit start given. */
    public Council councilWithVisits(String code, String name, Region region, LocalDate... visitStarts) {
        Council council = new Council(code, name, CouncilType.METROPOLITAN_DISTRICT, region);
        hub.councils.add(council);
        for (LocalDate start : visitStarts) {
            hub.challenges.add(issued(council, start, start.plusMonths(2), "Finance"));
        }
        hub.flush();
        return council;
    }

    /** A challenge at Coventry still being drafted (proposed, nothing issued). */
    public PeerChallenge proposedAtCoventry() {
        PeerChallenge challenge = PeerChallenge.propose(
                coventry,
                ThemeFramework.CPC_2020,
                new OnSiteVisit(LocalDate.of(2024, 9, 9), LocalDate.of(2024, 9, 12)),
                hub.themes.coreThemesOf(ThemeFramework.CPC_2020));
        hub.challenges.add(challenge);
        hub.flush();
        return challenge;
    }

    public KeyRecommendation coventryRecommendation(int index) {
        return coventryChallenge.recommendations().get(index);
    }

    public KeyRecommendation gatesheadRecommendation(int index) {
        return gatesheadChallenge.recommendations().get(index);
    }

    /** The council's response to the recommendation, recorded as the council. */
    public CouncilResponse respond(KeyRecommendation recommendation, String narrative) {
        String council = recommendation.challenge().council().code();
        return hub.asCouncil(council, () -> {
            CouncilResponse response = CouncilResponse.to(
                    recommendation, council, Acceptance.ACCEPTED, narrative, "setup", InMemoryHub.NOW);
            hub.responses.add(response);
            hub.persist(response);
            return response;
        });
    }

    /** Every recommendation of the challenge answered. */
    public void respondToAll(PeerChallenge challenge) {
        challenge.recommendations().forEach(r -> respond(r, "We accept " + r.title() + "."));
    }

    /** An action under the response, recorded as the council. */
    public PlanAction action(CouncilResponse response, String description) {
        return hub.asCouncil(
                response.councilCode(),
                () -> response.addAction(
                        new ActionDetails(
                                description,
                                "Jane Owner",
                                "Director",
                                LocalDate.of(2024, 9, 30),
                                ActionStatus.NOT_STARTED,
                                Rag.GREEN),
                        "setup",
                        InMemoryHub.NOW));
    }
}
