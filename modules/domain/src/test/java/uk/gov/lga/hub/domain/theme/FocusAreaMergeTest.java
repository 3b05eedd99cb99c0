package uk.gov.lga.hub.domain.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class FocusAreaMergeTest {

    private final Theme core =
            Theme.core("governance-and-culture", "Governance and culture", ThemeFramework.CPC_2020, 3);
    private final Theme kept = Theme.focusArea("The One Coventry approach");
    private final Theme merged = Theme.focusArea("One Coventry approach");

    @Test
    void theMergedCodeLeadsToTheKeptThemeFromThenOn() {
        merged.mergeInto(kept);
        assertTrue(merged.isMergedAway());
        assertSame(kept, merged.current());
        assertSame(kept, kept.current());
    }

    @Test
    void aLaterMergeOfTheKeptThemeCarriesEarlierCodesAlong() {
        merged.mergeInto(kept);
        Theme third = Theme.focusArea("One Coventry");
        kept.mergeInto(third);
        assertSame(third, merged.current());
    }

    @Test
    void coreThemesAreNeverMergedAwayNorMergedInto() {
        assertEquals("core-theme-not-mergeable", refusal(() -> core.mergeInto(kept)));
        assertEquals("merge-into-core-theme", refusal(() -> merged.mergeInto(core)));
        assertFalse(merged.isMergedAway());
    }

    @Test
    void aThemeIsNotMergedIntoItselfNorMergedTwice() {
        assertEquals(
                "theme-merged-into-itself",
                refusal(() -> kept.mergeInto(Theme.focusArea("the one coventry approach"))));
        merged.mergeInto(kept);
        assertEquals("theme-already-merged", refusal(() -> merged.mergeInto(Theme.focusArea("Other"))));
        assertEquals(
                "theme-already-merged", refusal(() -> Theme.focusArea("Other").mergeInto(merged)));
    }

    @Test
    void aTagListNamesTheKeptThemeOnceInTheMergedOnesPlace() {
        FocusAreaMerge merge = merged.mergeInto(kept);
        List<Theme> onlyMerged = new ArrayList<>(List.of(core, merged));
        merge.replaceIn(onlyMerged);
        assertEquals(List.of(core, kept), onlyMerged);

        List<Theme> both = new ArrayList<>(List.of(kept, core, merged));
        merge.replaceIn(both);
        assertEquals(List.of(kept, core), both);
    }

    @Test
    void feedbackOfBothThemesIsKeptJoinedUnderTheKeptOne() {
        FocusAreaMerge merge = merged.mergeInto(kept);
        assertEquals(
                Map.of(kept.code(), "Kept words.\n\nMerged words.", core.code(), "Core."),
                merge.feedbackMerged(
                        Map.of(kept.code(), "Kept words.", merged.code(), "Merged words.", core.code(), "Core.")));
        assertEquals(
                Map.of(kept.code(), "Merged words."), merge.feedbackMerged(Map.of(merged.code(), "Merged words.")));
    }

    @Test
    void onlyTextShapedLikeACodeCanNameATheme() {
        assertTrue(Theme.isCodeShaped("the-one-coventry-approach"));
        assertFalse(Theme.isCodeShaped("The One Coventry approach"));
        assertFalse(Theme.isCodeShaped("one\u0000two"));
        assertFalse(Theme.isCodeShaped("a".repeat(81)));
        assertFalse(Theme.isCodeShaped(null));
    }

    private static String refusal(Runnable step) {
        return assertThrows(DomainRuleViolation.class, step::run).rule();
    }
}
