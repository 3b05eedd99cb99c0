package uk.gov.lga.hub.application.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchRequestTest {

    @Test
    void wordsAreTrimmedAndTheirSpacesFoldedWithTheFirstPageOfTwentyByDefault() {
        SearchRequest request = SearchRequest.of("  housing \t delivery ", null, "", null, null, null, null, null);
        assertEquals("housing delivery", request.text());
        assertEquals(1, request.page());
        assertEquals(SearchRequest.DEFAULT_SIZE, request.size());
        assertEquals(0, request.offset());
        assertEquals(Optional.empty(), request.region());
    }

    @Test
    void filtersAndPagingAreRead() {
        SearchRequest request = SearchRequest.of(
                "housing", "governance-and-culture", "north-east", "UNITARY", "2024", "RESPONSE", "3", "10");
        assertEquals(Optional.of("governance-and-culture"), request.theme());
        assertEquals(Optional.of("north-east"), request.region());
        assertEquals(Optional.of("UNITARY"), request.councilType());
        assertEquals(Optional.of(2024), request.year());
        assertEquals(Optional.of("RESPONSE"), request.kind());
        assertEquals(20, request.offset());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "!!! ???",
                "--",
                "\"\"",
                "a\u0000b",
                "one two three four five six seven eight nine ten eleven twelve thirteen"
            })
    void wordsWithNothingToFindOrUnsafeOrTooManyAreRefused(String text) {
        assertThrows(UnreadableSearch.class, () -> SearchRequest.of(text, null, null, null, null, null, null, null));
    }

    @Test
    void aSearchOfMoreThanTwoHundredCharactersIsRefused() {
        String text = "a".repeat(SearchRequest.MAX_TEXT + 1);
        assertThrows(UnreadableSearch.class, () -> SearchRequest.of(text, null, null, null, null, null, null, null));
        assertEquals(
                SearchRequest.MAX_TEXT,
                SearchRequest.of("a".repeat(SearchRequest.MAX_TEXT), null, null, null, null, null, null, null)
                        .text()
                        .length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "201", "x", "1e3", "99999999999"})
    void pagesOutsideOneToTwoHundredAreRefused(String page) {
        assertThrows(
                UnreadableSearch.class, () -> SearchRequest.of("housing", null, null, null, null, null, page, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "many"})
    void sizesOutsideOneToFiftyAreRefused(String size) {
        assertThrows(
                UnreadableSearch.class, () -> SearchRequest.of("housing", null, null, null, null, null, null, size));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Governance", "a b", "x'; drop table theme", "../etc"})
    void filtersThatAreNoCodeAreRefused(String theme) {
        assertThrows(
                UnreadableSearch.class, () -> SearchRequest.of("housing", theme, null, null, null, null, null, null));
        assertThrows(
                UnreadableSearch.class, () -> SearchRequest.of("housing", null, theme, null, null, null, null, null));
        assertThrows(
                UnreadableSearch.class, () -> SearchRequest.of("housing", null, null, null, null, theme, null, null));
    }

    @Test
    void yearsOutsideTheServicesRangeAreRefused() {
        assertThrows(
                UnreadableSearch.class, () -> SearchRequest.of("housing", null, null, null, "1066", null, null, null));
    }
}
