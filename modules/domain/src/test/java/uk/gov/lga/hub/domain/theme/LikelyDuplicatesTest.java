package uk.gov.lga.hub.domain.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LikelyDuplicatesTest {

    @Test
    void namesDifferingOnlyInCasePunctuationAndALeadingTheAreOneName() {
        assertEquals("one coventry approach", LikelyDuplicates.normalised("The One Coventry approach"));
        assertTrue(LikelyDuplicates.likely("The One Coventry approach", "One Coventry approach"));
        assertTrue(LikelyDuplicates.likely("one-coventry approach.", "ONE COVENTRY APPROACH"));
        assertTrue(LikelyDuplicates.likely("Housing & homelessness", "Housing and Homelessness"));
    }

    @Test
    void theSameWordsInAnotherOrderAreLikelyDuplicates() {
        assertTrue(LikelyDuplicates.likely("Climate change and net zero", "Net zero and climate change"));
    }

    @Test
    void areasSharingOnlySomeWordsAreNotSuggested() {
        assertFalse(LikelyDuplicates.likely("Transformation", "Transformation programme"));
        assertFalse(LikelyDuplicates.likely("Children's services", "Adult services"));
        assertFalse(LikelyDuplicates.likely("The", "Transformation"));
    }

    @Test
    void suggestsPairsOfFocusAreasButNeverACoreTheme() {
        Theme one = Theme.focusArea("The One Coventry approach");
        Theme other = Theme.focusArea("One Coventry approach");
        Theme transformation = Theme.focusArea("Transformation");
        Theme core = Theme.core("one-coventry", "One Coventry approach", ThemeFramework.CPC_2020, 9);
        assertEquals(
                List.of(new LikelyDuplicates.Pair(one, other)),
                LikelyDuplicates.among(List.of(one, transformation, core, other)));
    }
}
