package uk.gov.lga.hub.domain.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

/** Coventry's 2024 challenge (visit 15 to 18 January) at each stage the domain tests start from. */
public final class ChallengeFixtures {

    static final Theme PRIORITIES =
            Theme.core("local-priorities-and-outcomes", "Local priorities and outcomes", ThemeFramework.CPC_2020, 1);
    static final Theme FINANCE = Theme.core(
            "financial-planning-and-management", "Financial planning and management", ThemeFramework.CPC_2020, 4);
    static final Council COVENTRY =
            new Council("E08000026", "Coventry City Council", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS);

    private ChallengeFixtures() {}

    public static PeerChallenge proposed() {
        return PeerChallenge.propose(
                COVENTRY,
                ThemeFramework.CPC_2020,
                new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 18)),
                List.of(PRIORITIES, FINANCE));
    }

    static PeerChallenge drafting() {
        PeerChallenge challenge = proposed();
        challenge.move(ChallengeStatus.SCHEDULED);
        challenge.move(ChallengeStatus.ON_SITE);
        challenge.move(ChallengeStatus.REPORT_DRAFTING);
        return challenge;
    }

    static PeerChallenge issued() {
        PeerChallenge challenge = drafting();
        challenge.addRecommendation("2.1", "City Centre masterplan", "Work at pace.", List.of(PRIORITIES));
        challenge.writeReport("Coventry is an ambitious place.", Map.of());
        challenge.issueReport(LocalDate.of(2024, 3, 1));
        return challenge;
    }
}
