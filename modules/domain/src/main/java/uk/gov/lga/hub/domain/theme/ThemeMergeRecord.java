package uk.gov.lga.hub.domain.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * Who merged which focus area into which, when, and how many challenges and recommendations it touched. Never
 * changed or removed (the database role may only add one). It names the councils whose challenges it touched: the
 * database writes the merge into each of their audit trails as it stores this record (migration V10).
 */
@Entity
@Table(name = "theme_merge")
public class ThemeMergeRecord extends Identified {

    @Column(name = "merged_code", nullable = false, updatable = false)
    private String mergedCode;

    @Column(name = "merged_name", nullable = false, updatable = false)
    private String mergedName;

    @Column(name = "kept_code", nullable = false, updatable = false)
    private String keptCode;

    @Column(name = "kept_name", nullable = false, updatable = false)
    private String keptName;

    @Column(name = "merged_by", nullable = false, updatable = false)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private Instant mergedAt;

    @Column(nullable = false, updatable = false)
    private int challenges;

    @Column(nullable = false, updatable = false)
    private int recommendations;

    /** The touched councils' codes, comma-separated, in order. */
    @Column(nullable = false, updatable = false)
    private String councils;

    protected ThemeMergeRecord() {}

    public ThemeMergeRecord(
            FocusAreaMerge merge,
            String mergedBy,
            Instant mergedAt,
            int challenges,
            int recommendations,
            Collection<String> councils) {
        this.mergedCode = merge.merged().code();
        this.mergedName = merge.merged().name();
        this.keptCode = merge.kept().code();
        this.keptName = merge.kept().name();
        this.mergedBy = DomainRuleViolation.requireText(mergedBy, "audit-actor-required", "Who merged the focus areas");
        this.mergedAt = mergedAt;
        this.challenges = challenges;
        this.recommendations = recommendations;
        this.councils = String.join(",", new TreeSet<>(councils));
    }

    public String mergedCode() {
        return mergedCode;
    }

    public String mergedName() {
        return mergedName;
    }

    public String keptCode() {
        return keptCode;
    }

    public String keptName() {
        return keptName;
    }

    public String mergedBy() {
        return mergedBy;
    }

    public Instant mergedAt() {
        return mergedAt;
    }

    public int challenges() {
        return challenges;
    }

    public int recommendations() {
        return recommendations;
    }

    public List<String> councils() {
        return councils.isEmpty() ? List.of() : List.of(councils.split(","));
    }
}
