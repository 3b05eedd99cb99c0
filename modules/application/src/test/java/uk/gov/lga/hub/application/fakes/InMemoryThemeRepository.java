package uk.gov.lga.hub.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.lga.hub.domain.theme.FocusAreaUse;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;
import uk.gov.lga.hub.domain.theme.ThemeMergeRecord;

/**
 * The schema's reference themes (the five CPC 2020 core themes), focus areas as they are added, and merges. Uses
 * are counted from the hub's challenges.
 */
public final class InMemoryThemeRepository implements uk.gov.lga.hub.domain.theme.ThemeRepository {

    public static final String PRIORITIES = "local-priorities-and-outcomes";
    public static final String FINANCE = "financial-planning-and-management";

    private final Map<String, Theme> themes = new LinkedHashMap<>();
    private final List<ThemeMergeRecord> merges = new ArrayList<>();
    private final List<Theme> forcedVersions = new ArrayList<>();
    private final InMemoryHub hub;

    InMemoryThemeRepository(InMemoryHub hub) {
        this.hub = hub;
        List.of(
                        Theme.core(PRIORITIES, "Local priorities and outcomes", ThemeFramework.CPC_2020, 1),
                        Theme.core(
                                "organisational-and-place-leadership",
                                "Organisational and place leadership",
                                ThemeFramework.CPC_2020,
                                2),
                        Theme.core("governance-and-culture", "Governance and culture", ThemeFramework.CPC_2020, 3),
                        Theme.core(FINANCE, "Financial planning and management", ThemeFramework.CPC_2020, 4),
                        Theme.core("capacity-for-improvement", "Capacity for improvement", ThemeFramework.CPC_2020, 5))
                .forEach(t -> themes.put(t.code(), t));
    }

    @Override
    public List<Theme> coreThemesOf(ThemeFramework framework) {
        return themes.values().stream()
                .filter(t -> t.isCore() && t.framework() == framework)
                .toList();
    }

    @Override
    public Optional<Theme> findByCode(String code) {
        return findAsStored(code).map(Theme::current);
    }

    @Override
    public Optional<Theme> findAsStored(String code) {
        return Optional.ofNullable(themes.get(code));
    }

    @Override
    public Theme focusArea(String name) {
        return themes.computeIfAbsent(Theme.codeFor(name), code -> Theme.focusArea(name))
                .current();
    }

    @Override
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        themes.values().forEach(t -> names.put(t.code(), t.current().name()));
        return names;
    }

    @Override
    public List<FocusAreaUse> focusAreaUses() {
        return themes.values().stream()
                .filter(t -> !t.isCore() && !t.isMergedAway())
                .sorted(Comparator.comparing(Theme::name))
                .map(t -> new FocusAreaUse(
                        t,
                        hub.challenges.stream()
                                .filter(c -> c.scope().contains(t))
                                .count(),
                        hub.challenges.stream()
                                .flatMap(c -> c.recommendations().stream())
                                .filter(r -> r.themes().contains(t))
                                .count()))
                .toList();
    }

    @Override
    public void recordMerge(ThemeMergeRecord merge, Theme kept) {
        merges.add(0, merge);
        forcedVersions.add(kept);
    }

    @Override
    public List<ThemeMergeRecord> merges(int limit) {
        return merges.stream().limit(limit).toList();
    }

    /** The themes whose version a merge moved on (as the database would on commit). */
    public List<Theme> forcedVersions() {
        return List.copyOf(forcedVersions);
    }

    public Theme byCode(String code) {
        return findByCode(code).orElseThrow();
    }
}
