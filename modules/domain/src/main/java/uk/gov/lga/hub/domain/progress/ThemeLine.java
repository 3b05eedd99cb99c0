package uk.gov.lga.hub.domain.progress;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One theme across many challenges: how many recommendations it drew and how far their actions are done. People
 * read its {@code name}; its {@code theme} code is for addresses (filters) only.
 */
public record ThemeLine(String theme, String name, ActionCounts counts, Double shareComplete) {

    /**
     * Themes by the recommendations they drew, most first; a recommendation counts under each of its themes.
     *
     * @param nameOf each theme code's name (a code it does not know is shown as it is, rather than dropped)
     */
    public static List<ThemeLine> of(Collection<RecommendationFigures> figures, Map<String, String> nameOf) {
        Map<String, List<RecommendationFigures>> byTheme = figures.stream()
                .flatMap(f -> f.themes().stream().map(t -> Map.entry(t, f)))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return byTheme.entrySet().stream()
                .map(e -> {
                    ActionCounts counts = ActionCounts.of(e.getValue());
                    return new ThemeLine(
                            e.getKey(), nameOf.getOrDefault(e.getKey(), e.getKey()), counts, counts.shareComplete());
                })
                .sorted(Comparator.comparingInt((ThemeLine t) -> t.counts().recommendations())
                        .reversed()
                        .thenComparing(ThemeLine::name))
                .toList();
    }
}
