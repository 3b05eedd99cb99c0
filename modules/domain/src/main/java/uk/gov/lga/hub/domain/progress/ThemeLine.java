package uk.gov.lga.hub.domain.progress;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One theme across many challenges: how many recommendations it drew and how far their actions are done. */
public record ThemeLine(String theme, ActionCounts counts, Double shareComplete) {

    /** Themes by the recommendations they drew, most first; a recommendation counts under each of its themes. */
    public static List<ThemeLine> of(Collection<RecommendationFigures> figures) {
        Map<String, List<RecommendationFigures>> byTheme = figures.stream()
                .flatMap(f -> f.themes().stream().map(t -> Map.entry(t, f)))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return byTheme.entrySet().stream()
                .map(e -> {
                    ActionCounts counts = ActionCounts.of(e.getValue());
                    return new ThemeLine(e.getKey(), counts, counts.shareComplete());
                })
                .sorted(Comparator.comparingInt((ThemeLine t) -> t.counts().recommendations())
                        .reversed()
                        .thenComparing(ThemeLine::theme))
                .toList();
    }
}
