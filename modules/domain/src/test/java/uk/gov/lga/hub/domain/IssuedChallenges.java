package uk.gov.lga.hub.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.OnSiteVisit;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

/** Coventry's January 2024 challenge with its report issued and two of its recommendations, for unit tests. */
public final class IssuedChallenges {

    public static final Instant NOW = Instant.parse("2024-05-20T10:00:00Z");

    private IssuedChallenges() {}

    public static PeerChallenge coventry2024() {
        PeerChallenge challenge = proposed();
        Theme priorities = challenge.scope().get(0);
        challenge.move(ChallengeStatus.SCHEDULED);
        challenge.move(ChallengeStatus.ON_SITE);
        challenge.move(ChallengeStatus.REPORT_DRAFTING);
        challenge.addRecommendation("2.1", "City Centre", "Deliver the City Centre Vision.", List.of(priorities));
        challenge.addRecommendation("2.2", "Workforce", "Act on the staff survey.", List.of(priorities));
        challenge.writeReport("Coventry is an ambitious place.", Map.of());
        challenge.issueReport(LocalDate.of(2024, 3, 1));
        return challenge;
    }

    /** The same challenge before its visit. */
    public static PeerChallenge proposed() {
        Theme priorities = Theme.core(
                "local-priorities-and-outcomes", "Local priorities and outcomes", ThemeFramework.CPC_2020, 1);
        Council coventry = new Council(
                "E08000026", "Coventry City Council", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS);
        return PeerChallenge.propose(
                coventry,
                ThemeFramework.CPC_2020,
                new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 18)),
                List.of(priorities));
    }

    public static CouncilResponse answer(PeerChallenge challenge, int index) {
        return CouncilResponse.to(
                challenge.recommendations().get(index),
                "E08000026",
                Acceptance.ACCEPTED,
                "We accept this recommendation.",
                "coventry-editor",
                NOW);
    }
}
