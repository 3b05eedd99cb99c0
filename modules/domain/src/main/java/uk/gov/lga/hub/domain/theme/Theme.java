package uk.gov.lga.hub.domain.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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

    /** The focus area this one was merged into; its code keeps leading there (old links, imports). */
    @ManyToOne
    @JoinColumn(name = "merged_into")
    private Theme mergedInto;

    @Version
    private long version;

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

    /** Whether the text could be a theme's code (as {@link #codeFor} makes them, within the column's 80). */
    public static boolean isCodeShaped(String text) {
        return text != null && text.matches("[a-z0-9][a-z0-9-]{0,79}");
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

    /** Merged away: no longer a choice anywhere. */
    public boolean isMergedAway() {
        return mergedInto != null;
    }

    /** The theme this code stands for now: itself, or the focus area it was merged into (and so on). */
    public Theme current() {
        Theme theme = this;
        while (theme.mergedInto != null) {
            theme = theme.mergedInto;
        }
        return theme;
    }

    /**
     * Merges this focus area into {@code kept}, a near-duplicate of it. Core themes are never merged away, nor
     * merged into (they belong to a framework); a theme is not merged into itself, and neither may be merged
     * away already.
     */
    public FocusAreaMerge mergeInto(Theme kept) {
        DomainRuleViolation.require(
                !isCore(), "core-theme-not-mergeable", name + " is a core theme: it is never merged away.");
        DomainRuleViolation.require(
                kept != null && !kept.isCore(),
                "merge-into-core-theme",
                "A focus area is merged into another focus area, not into a core theme.");
        DomainRuleViolation.require(
                !code.equals(kept.code), "theme-merged-into-itself", "A focus area cannot be merged into itself.");
        DomainRuleViolation.require(
                !isMergedAway() && !kept.isMergedAway(),
                "theme-already-merged",
                "A focus area that was merged away cannot take part in another merge.");
        mergedInto = kept;
        return new FocusAreaMerge(this, kept);
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
