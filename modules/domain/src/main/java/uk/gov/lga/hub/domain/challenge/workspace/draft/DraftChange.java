package uk.gov.lga.hub.domain.challenge.workspace.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * One entry of a draft's trail, never changed: a section saved (its key, the version it became and the whole
 * text, so that who changed what is answerable), or the draft handed over, returned or taken into the report. The
 * trail is the team's, behind the draft's own wall: the council's audit trail never holds the team's words.
 */
@Entity
@Table(name = "draft_change")
public class DraftChange extends Identified {

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DraftChangeKind kind;

    @Column(name = "section_key", updatable = false)
    private String sectionKey;

    @Column(name = "text_version", updatable = false)
    private Long version;

    @Column(updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    protected DraftChange() {}

    private DraftChange(
            Long challengeId,
            DraftChangeKind kind,
            String sectionKey,
            Long version,
            String text,
            String actor,
            Instant at) {
        this.challengeId = challengeId;
        this.kind = kind;
        this.sectionKey = sectionKey;
        this.version = version;
        this.text = text;
        this.actor = actor;
        this.at = at;
    }

    static DraftChange saved(Long challengeId, DraftSection section) {
        return new DraftChange(
                challengeId,
                DraftChangeKind.SECTION_SAVED,
                section.key(),
                section.version(),
                section.text(),
                section.changedBy(),
                section.changedAt());
    }

    static DraftChange of(Long challengeId, DraftChangeKind kind, String actor, Instant at) {
        return new DraftChange(challengeId, kind, null, null, null, actor, at);
    }

    public Long challengeId() {
        return challengeId;
    }

    public DraftChangeKind kind() {
        return kind;
    }

    /** Only for a saved section. */
    public String sectionKey() {
        return sectionKey;
    }

    public Long version() {
        return version;
    }

    public String text() {
        return text;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }
}
