package uk.gov.lga.hub.domain.challenge.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;
import uk.gov.lga.hub.domain.theme.Theme;

/**
 * A peer team's private note on one theme of its challenge. It belongs to the team, not to the council: no
 * council role ever reads it (the table's row-level security admits only a transaction bound to the challenge's
 * team). Notes are never changed once written.
 */
@Entity
@Table(name = "peer_note")
public class PeerNote extends Identified {

    public static final int MAX_TEXT = 10_000;

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id", updatable = false)
    private PeerChallenge challenge;

    @Column(name = "theme_code", nullable = false, updatable = false)
    private String themeCode;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected PeerNote() {}

    /** Written only while the workspace is open; the theme must be one of the challenge's themes. */
    public PeerNote(
            PeerChallenge challenge, Theme theme, WorkspaceState state, String text, String author, Instant at) {
        DomainRuleViolation.require(
                state.writable(),
                "workspace-read-only",
                "The workspace is not open for notes: notes are written from its opening until the report is issued.");
        DomainRuleViolation.require(
                theme != null
                        && challenge.scope().stream().anyMatch(t -> t.code().equals(theme.code())),
                "note-theme-unknown",
                "Choose one of this challenge's themes for the note.");
        String written = DomainRuleViolation.requireText(text, "note-text-required", "The note");
        DomainRuleViolation.require(
                written.length() <= MAX_TEXT, "note-text-too-long", "A note is at most " + MAX_TEXT + " characters.");
        this.challenge = challenge;
        this.themeCode = theme.code();
        this.text = written;
        this.author = author;
        this.writtenAt = at;
    }

    public PeerChallenge challenge() {
        return challenge;
    }

    public String themeCode() {
        return themeCode;
    }

    public String text() {
        return text;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
