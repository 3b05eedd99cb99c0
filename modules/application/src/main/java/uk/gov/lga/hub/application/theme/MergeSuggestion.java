package uk.gov.lga.hub.application.theme;

/** Two focus areas that are probably one, with the less used one suggested for merging into the other. */
public record MergeSuggestion(FocusAreaView merge, FocusAreaView into) {

    static MergeSuggestion of(FocusAreaView first, FocusAreaView second) {
        return second.uses() > first.uses() ? new MergeSuggestion(first, second) : new MergeSuggestion(second, first);
    }
}
