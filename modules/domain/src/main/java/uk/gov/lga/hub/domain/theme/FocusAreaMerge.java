package uk.gov.lga.hub.domain.theme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One focus area merged into another: wherever the merged one was named (a challenge's scope, a recommendation's
 * themes, the report's feedback per theme) the kept one is named instead, once. Made only by
 * {@link Theme#mergeInto}, which checks the rules.
 */
public final class FocusAreaMerge {

    private final Theme merged;
    private final Theme kept;

    FocusAreaMerge(Theme merged, Theme kept) {
        this.merged = merged;
        this.kept = kept;
    }

    public Theme merged() {
        return merged;
    }

    public Theme kept() {
        return kept;
    }

    /** Puts the kept theme where the merged one stood, unless the list already names it. */
    public void replaceIn(List<Theme> themes) {
        int at = themes.indexOf(merged);
        if (at < 0) {
            return;
        }
        themes.remove(at);
        if (!themes.contains(kept)) {
            themes.add(at, kept);
        }
    }

    /** Feedback per theme code with the merged theme's words under the kept one; where both had words, both stay. */
    public Map<String, String> feedbackMerged(Map<String, String> feedbackByTheme) {
        Map<String, String> result = new LinkedHashMap<>(feedbackByTheme);
        String moved = result.remove(merged.code());
        if (moved != null) {
            result.merge(kept.code(), moved, (keptWords, mergedWords) -> keptWords + "\n\n" + mergedWords);
        }
        return result;
    }

    public boolean touches(List<Theme> themes) {
        return themes.contains(merged);
    }
}
