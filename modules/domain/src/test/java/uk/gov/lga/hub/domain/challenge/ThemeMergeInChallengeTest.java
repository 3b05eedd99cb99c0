package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.theme.FocusAreaMerge;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

class ThemeMergeInChallengeTest {

    private final Theme priorities =
            Theme.core("local-priorities-and-outcomes", "Local priorities and outcomes", ThemeFramework.CPC_2020, 1);
    private final Theme kept = Theme.focusArea("The One Coventry approach");
    private final Theme merged = Theme.focusArea("One Coventry approach");

    private PeerChallenge drafting(Theme... focusAreas) {
        PeerChallenge challenge = PeerChallenge.propose(
                new Council(
                        "E08000026", "Coventry City Council", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS),
                ThemeFramework.CPC_2020,
                new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 18)),
                List.of(priorities));
        List.of(focusAreas).forEach(challenge::addFocusArea);
        List.of(ChallengeStatus.SCHEDULED, ChallengeStatus.ON_SITE, ChallengeStatus.REPORT_DRAFTING)
                .forEach(challenge::move);
        return challenge;
    }

    @Test
    void aChallengeNamingBothKeepsOneScopeEntryOneTagAndBothFeedbackTexts() {
        PeerChallenge challenge = drafting(kept, merged);
        challenge.addRecommendation("2.1", "One Coventry", "Keep going.", List.of(priorities, kept, merged));
        challenge.writeReport("Summary.", Map.of(kept.code(), "Kept words.", merged.code(), "Merged words."));

        challenge.mergeTheme(merged.mergeInto(kept));

        assertEquals(List.of(priorities, kept), challenge.scope());
        assertEquals(
                List.of(priorities, kept), challenge.recommendations().get(0).themes());
        assertEquals(
                Map.of(kept.code(), "Kept words.\n\nMerged words."),
                challenge.report().themeFeedback());
    }

    @Test
    void anIssuedReportNamingOnlyTheMergedAreaNowNamesTheKeptOne() {
        PeerChallenge challenge = drafting(merged);
        challenge.addRecommendation("2.1", "One Coventry", "Keep going.", List.of(merged));
        challenge.writeReport("Summary.", Map.of(merged.code(), "Merged words."));
        challenge.issueReport(LocalDate.of(2024, 3, 1));

        FocusAreaMerge merge = merged.mergeInto(kept);
        challenge.mergeTheme(merge);

        assertEquals(List.of(priorities, kept), challenge.scope());
        assertEquals(List.of(kept), challenge.recommendations().get(0).themes());
        assertEquals(Map.of(kept.code(), "Merged words."), challenge.report().themeFeedback());
        assertEquals(LocalDate.of(2024, 3, 1), challenge.report().issuedOn());
    }
}
