package uk.gov.lga.hub.domain.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * Who merged which focus area into which, when, and how many challenges and recommendations it touched. Never
 * changed or removed (the database role may only add one).
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

    protected ThemeMergeRecord() {}

    public ThemeMergeRecord(
            FocusAreaMerge merge, String mergedBy, Instant mergedAt, int challenges, int recommendations) {
        this.mergedCode = merge.merged().code();
        this.mergedName = merge.merged().name();
        this.keptCode = merge.kept().code();
        this.keptName = merge.kept().name();
        this.mergedBy = DomainRuleViolation.requireText(mergedBy, "audit-actor-required", "Who merged the focus areas");
        this.mergedAt = mergedAt;
        this.challenges = challenges;
        this.recommendations = recommendations;
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
}
