package uk.gov.lga.hub.application.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.ANONYMOUS;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.LGA_ADMIN;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.application.fakes.InMemoryHub;
import uk.gov.lga.hub.application.fakes.InMemoryThemeRepository;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.Theme;

class FocusAreaServiceTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final FocusAreaService service = demo.hub.service(FocusAreaService.class);
    private final Theme kept = demo.hub.themes.focusArea("The One Coventry approach");
    private final Theme merged = demo.hub.themes.focusArea("One Coventry approach");
    private final Theme priorities = demo.hub.themes.byCode(InMemoryThemeRepository.PRIORITIES);

    /** A Coventry challenge in drafting with both focus areas, a recommendation on each and feedback on both. */
    private PeerChallenge draftingWithBoth() {
        PeerChallenge challenge = demo.proposedAtCoventry();
        List.of(ChallengeStatus.SCHEDULED, ChallengeStatus.ON_SITE, ChallengeStatus.REPORT_DRAFTING)
                .forEach(challenge::move);
        challenge.addFocusArea(kept);
        challenge.addFocusArea(merged);
        challenge.addRecommendation("2.1", "One Coventry", "Keep going.", List.of(priorities, merged));
        challenge.addRecommendation("2.2", "One Coventry plan", "Publish it.", List.of(kept, merged));
        challenge.writeReport("Summary.", Map.of(kept.code(), "Kept words.", merged.code(), "Merged words."));
        demo.hub.flush();
        return challenge;
    }

    @Test
    void theManagerSeesEachFocusAreaWithItsUsesAndTheLikelyDuplicatePair() {
        draftingWithBoth();
        demo.coventryChallenge.addFocusArea(kept);
        demo.gatesheadChallenge.addFocusArea(kept);

        FocusAreaOverview overview = service.overview(MANAGER);

        assertEquals(
                List.of(
                        new FocusAreaView(merged.code(), "One Coventry approach", 1, 2),
                        new FocusAreaView(kept.code(), "The One Coventry approach", 3, 1)),
                overview.focusAreas());
        assertEquals(1, overview.suggestions().size());
        assertEquals(merged.code(), overview.suggestions().get(0).merge().code(), "the less used one is merged");
        assertEquals(kept.code(), overview.suggestions().get(0).into().code());
    }

    @Test
    void aMergeMovesEveryUseToTheKeptFocusAreaAndRecordsWhoDidItAndWhen() {
        PeerChallenge challenge = draftingWithBoth();
        long versionBefore = challenge.version();

        MergeView done = service.merge(MANAGER, merged.code(), kept.code());

        assertEquals(
                new MergeView(
                        merged.code(),
                        "One Coventry approach",
                        kept.code(),
                        "The One Coventry approach",
                        "pc-manager",
                        InMemoryHub.NOW,
                        1,
                        2),
                done);
        assertEquals(List.of(done), service.overview(LGA_ADMIN).latestMerges());
        assertFalse(challenge.scope().contains(merged));
        assertEquals(1, challenge.scope().stream().filter(kept::equals).count());
        assertEquals(
                List.of(priorities, kept), challenge.recommendations().get(0).themes());
        assertEquals(List.of(kept), challenge.recommendations().get(1).themes());
        assertEquals(
                Map.of(kept.code(), "Kept words.\n\nMerged words."),
                challenge.report().themeFeedback());
        assertTrue(challenge.version() > versionBefore, "forms quoting the old version are stale");
        assertEquals(List.of(kept), demo.hub.themes.forcedVersions());
    }

    @Test
    void theMergedFocusAreaIsNoLongerAChoiceButItsCodeAndNameLeadToTheKeptOne() {
        draftingWithBoth();
        service.merge(MANAGER, merged.code(), kept.code());

        assertEquals(
                List.of(kept.code()),
                service.overview(MANAGER).focusAreas().stream()
                        .map(FocusAreaView::code)
                        .toList());
        assertTrue(service.overview(MANAGER).suggestions().isEmpty());
        assertEquals(kept, demo.hub.themes.findByCode(merged.code()).orElseThrow());
        assertEquals(kept, demo.hub.themes.focusArea("One Coventry approach"));
    }

    @Test
    void onlyTheLgasManagersAndAdministratorsMerge() {
        draftingWithBoth();
        expect.refusedAsDenied(() -> service.merge(COVENTRY_EDITOR, merged.code(), kept.code()));
        expect.refusedAsDenied(() -> service.merge(WEST_MIDLANDS_ADVISER, merged.code(), kept.code()));
        expect.refusedAsDenied(() -> service.merge(ANONYMOUS, merged.code(), kept.code()));
        expect.refusedAsDenied(() -> service.overview(WEST_MIDLANDS_ADVISER));
        assertFalse(merged.isMergedAway());
        assertTrue(service.overview(MANAGER).latestMerges().isEmpty());
    }

    @Test
    void badMergesAreRefusedAndChangeNothing() {
        PeerChallenge challenge = draftingWithBoth();
        expect.refusedAsNotFound(() -> service.merge(MANAGER, "no-such-area", kept.code()));
        assertEquals("theme-unknown", refusal(() -> service.merge(MANAGER, merged.code(), "no-such-area")));
        assertEquals("merge-target-required", refusal(() -> service.merge(MANAGER, merged.code(), " ")));
        assertEquals(
                "core-theme-not-mergeable",
                refusal(() -> service.merge(MANAGER, InMemoryThemeRepository.PRIORITIES, kept.code())));
        assertEquals(
                "merge-into-core-theme",
                refusal(() -> service.merge(MANAGER, merged.code(), InMemoryThemeRepository.PRIORITIES)));
        assertEquals("theme-merged-into-itself", refusal(() -> service.merge(MANAGER, kept.code(), kept.code())));
        assertTrue(challenge.scope().contains(merged));
        assertFalse(merged.isMergedAway());
        assertTrue(service.overview(MANAGER).latestMerges().isEmpty());
    }

    private static String refusal(Runnable step) {
        return assertThrows(DomainRuleViolation.class, step::run).rule();
    }
}
