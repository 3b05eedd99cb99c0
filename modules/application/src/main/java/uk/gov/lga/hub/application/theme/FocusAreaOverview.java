package uk.gov.lga.hub.application.theme;

import java.util.List;

/** What a manager needs to tidy the focus areas: those in use, likely duplicates, and the latest merges. */
public record FocusAreaOverview(
        List<FocusAreaView> focusAreas, List<MergeSuggestion> suggestions, List<MergeView> latestMerges) {}
