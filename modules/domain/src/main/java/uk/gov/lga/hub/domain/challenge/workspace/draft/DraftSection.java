package uk.gov.lga.hub.domain.challenge.workspace.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * One section of the team's draft: its text and the version it is at (0 until first saved), with who saved it
 * last and when. Only its draft changes it, which checks the rules.
 */
@Entity
@Table(name = "draft_section")
public class DraftSection extends Identified {

    public static final int MAX_TEXT = 50_000;

    /** The keys of the two sections that are not themes (theme sections are keyed by the theme's code). */
    public static final String INTRODUCTION = "introduction";

    public static final String KEY_RECOMMENDATIONS = "key-recommendations";

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id", updatable = false)
    private DraftReport draft;

    /** Repeated from the draft so that the table's row-level security needs no join. */
    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Column(name = "section_key", nullable = false, updatable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DraftSectionKind kind;

    @Column(nullable = false)
    private String heading;

    @Column(name = "list_order", nullable = false)
    private int listOrder;

    @Column(nullable = false)
    private String text;

    @Column(name = "text_version", nullable = false)
    private long version;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected DraftSection() {}

    DraftSection(
            DraftReport draft,
            Long challengeId,
            DraftSectionKind kind,
            String key,
            String heading,
            int listOrder,
            String text) {
        this.draft = draft;
        this.challengeId = challengeId;
        this.kind = kind;
        this.key = key;
        this.heading = heading;
        this.listOrder = listOrder;
        this.text = text == null ? "" : text;
    }

    /** Saves new text over the version the writer read; the caller has checked who may write. */
    void save(long basedOn, String newText, String by, Instant at) {
        if (basedOn != version) {
            throw new StaleSection(this);
        }
        this.text = newText;
        this.version = version + 1;
        this.changedBy = by;
        this.changedAt = at;
    }

    void placeAt(int order) {
        this.listOrder = order;
    }

    public String key() {
        return key;
    }

    public DraftSectionKind kind() {
        return kind;
    }

    public String heading() {
        return heading;
    }

    public int listOrder() {
        return listOrder;
    }

    public String text() {
        return text;
    }

    public long version() {
        return version;
    }

    /** Null while never saved (an introduction prefilled from the timetable included). */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
