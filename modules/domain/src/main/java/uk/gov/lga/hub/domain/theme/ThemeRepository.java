package uk.gov.lga.hub.domain.theme;

import java.util.List;
import java.util.Optional;

public interface ThemeRepository {

    List<Theme> coreThemesOf(ThemeFramework framework);

    Optional<Theme> findByCode(String code);

    /** The focus area with this name, added to the vocabulary if it is new. */
    Theme focusArea(String name);
}
