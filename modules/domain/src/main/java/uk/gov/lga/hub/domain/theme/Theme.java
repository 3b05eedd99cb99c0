package uk.gov.lga.hub.domain.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * A theme a peer challenge looks at. Themes are data: the core sets come with the schema's reference data,
 * focus areas are added when a council asks for one.
 */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ThemeKind kind;

    /** Null for focus areas, which belong to no framework. */
    @Enumerated(EnumType.STRING)
    private ThemeFramework framework;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected Theme() {}

    private Theme(String code, String name, ThemeKind kind, ThemeFramework framework, int displayOrder) {
        this.code = code;
        this.name = DomainRuleViolation.requireText(name, "theme-name-required", "A theme's name");
        this.kind = kind;
        this.framework = framework;
        this.displayOrder = displayOrder;
    }

    public static Theme core(String code, String name, ThemeFramework framework, int displayOrder) {
        DomainRuleViolation.require(
                framework != null, "theme-framework-required", "A core theme belongs to a framework.");
        return new Theme(code, name, ThemeKind.CORE, framework, displayOrder);
    }

    /** A council's own focus area; its code is derived from its name so that the same area is one theme. */
    public static Theme focusArea(String name) {
        String clean = DomainRuleViolation.requireText(name, "theme-name-required", "A focus area's name");
        return new Theme(codeFor(clean), clean, ThemeKind.FOCUS_AREA, null, 100);
    }

    public static String codeFor(String name) {
        return name.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ThemeKind kind() {
        return kind;
    }

    public ThemeFramework framework() {
        return framework;
    }

    public int displayOrder() {
        return displayOrder;
    }

    public boolean isCore() {
        return kind == ThemeKind.CORE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Theme other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
