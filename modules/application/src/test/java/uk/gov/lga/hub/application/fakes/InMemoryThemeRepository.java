package uk.gov.lga.hub.application.fakes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

/** The schema's reference themes (the five CPC 2020 core themes), and focus areas as they are added. */
public final class InMemoryThemeRepository implements uk.gov.lga.hub.domain.theme.ThemeRepository {

    public static final String PRIORITIES = "local-priorities-and-outcomes";
    public static final String FINANCE = "financial-planning-and-management";

    private final Map<String, Theme> themes = new LinkedHashMap<>();

    InMemoryThemeRepository() {
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
        return Optional.ofNullable(themes.get(code));
    }

    @Override
    public Theme focusArea(String name) {
        return themes.computeIfAbsent(Theme.codeFor(name), code -> Theme.focusArea(name));
    }

    public Theme byCode(String code) {
        return findByCode(code).orElseThrow();
    }
}
