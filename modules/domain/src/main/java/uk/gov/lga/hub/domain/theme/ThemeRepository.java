package uk.gov.lga.hub.domain.theme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface ThemeRepository {

    List<Theme> coreThemesOf(ThemeFramework framework);

    /** The theme this code stands for now: a merged focus area's code leads to the one it was merged into. */
    Optional<Theme> findByCode(String code);

    /** The theme stored under this code, even one merged away (to merge it, or say it was). */
    Optional<Theme> findAsStored(String code);

    /** The focus area with this name (or the one it was merged into), added to the vocabulary if it is new. */
    Theme focusArea(String name);

    /** Every theme's name by its code; a merged focus area's code gives the kept one's name. */
    Map<String, String> names();

    /** The focus areas that are still a choice, by name, with how much each is used. */
    List<FocusAreaUse> focusAreaUses();

    /** The kept theme's version moves on too, so two merges of the same pair at once cannot both land. */
    void recordMerge(ThemeMergeRecord merge, Theme kept);

    /** Past merges, newest first. */
    List<ThemeMergeRecord> merges(int limit);
}
