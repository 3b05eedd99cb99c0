package uk.gov.lga.hub.domain.challenge.workspace.draft;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.domain.challenge.FeedbackReport;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.workspace.WorkspaceState;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;
import uk.gov.lga.hub.domain.theme.Theme;

/**
 * The feedback report as the peer team drafts it together in its workspace: an introduction, a section per theme
 * of the challenge's scope (the core themes, then the council's focus areas) and the key recommendations. The team
 * writes while the workspace is open, each save quoting the version it read; handing it over to the manager freezes
 * it for the peers; the manager returns it to the team or takes it into the challenge's feedback report.
 */
@Entity
@Table(name = "draft_report")
public class DraftReport extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id", updatable = false)
    private PeerChallenge challenge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DraftState state = DraftState.WITH_TEAM;

    @Column(name = "handed_over_by")
    private String handedOverBy;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL)
    @OrderBy("listOrder")
    private List<DraftSection> sections = new ArrayList<>();

    protected DraftReport() {}

    private DraftReport(PeerChallenge challenge) {
        this.challenge = challenge;
    }

    /**
     * A new draft for the challenge's scope; {@code introduction} (the visit timetable's standard paragraph, or
     * null when there is no timetable) starts the introduction. It is saved on its first change.
     */
    public static DraftReport startFor(PeerChallenge challenge, String introduction) {
        DraftReport draft = new DraftReport(challenge);
        draft.sections.add(
                draft.section(DraftSectionKind.INTRODUCTION, DraftSection.INTRODUCTION, "Introduction", introduction));
        draft.sections.add(draft.section(
                DraftSectionKind.KEY_RECOMMENDATIONS, DraftSection.KEY_RECOMMENDATIONS, "Key recommendations", null));
        draft.coverScope();
        return draft;
    }

    /**
     * Adds a section for each theme of the scope that has none yet (a focus area added after the draft began),
     * keeping the printed order: introduction, themes in the scope's order, key recommendations.
     */
    public void coverScope() {
        for (Theme theme : challenge.scope()) {
            if (find(theme.code()) == null) {
                sections.add(section(DraftSectionKind.THEME, theme.code(), theme.name(), null));
            }
        }
        List<String> order = new ArrayList<>();
        order.add(DraftSection.INTRODUCTION);
        challenge.scope().forEach(t -> order.add(t.code()));
        order.add(DraftSection.KEY_RECOMMENDATIONS);
        sections.forEach(s -> s.placeAt(order.indexOf(s.key()) < 0 ? order.size() : order.indexOf(s.key())));
        sections.sort(java.util.Comparator.comparingInt(DraftSection::listOrder));
    }

    /**
     * Saves one section's text over the version the writer last read ({@link StaleSection} when someone saved it
     * since). The team writes while the workspace is open; once handed over, only its manager does.
     */
    public DraftChange save(
            String sectionKey, long basedOn, String text, DraftRole role, WorkspaceState state, String by, Instant at) {
        DomainRuleViolation.require(
                role.onTeam(), "draft-team-only", "Only the challenge's peer team writes its draft report.");
        requireOpen(state);
        DomainRuleViolation.require(
                state() == DraftState.WITH_TEAM || role == DraftRole.MANAGER,
                "draft-handed-over",
                "The draft has been handed over to the peer challenge manager (by " + handedOverBy
                        + "): it is read-only for the peers until the manager returns it.");
        DraftSection section = find(sectionKey);
        if (section == null) {
            throw new DomainRuleViolation("draft-section-unknown", "This draft has no section " + sectionKey + ".");
        }
        String written = text == null ? "" : text.strip();
        DomainRuleViolation.require(
                written.length() <= DraftSection.MAX_TEXT,
                "draft-section-too-long",
                "A section is at most " + DraftSection.MAX_TEXT + " characters.");
        section.save(basedOn, written, by, at);
        return DraftChange.saved(challenge.id(), section);
    }

    /** The team hands the draft to its manager: from now on the peers read it only. */
    public DraftChange handOver(DraftRole role, WorkspaceState state, String by, Instant at) {
        DomainRuleViolation.require(
                role.onTeam(), "draft-team-only", "Only the challenge's peer team hands its draft over.");
        requireOpen(state);
        DomainRuleViolation.require(
                this.state == DraftState.WITH_TEAM,
                "draft-already-handed-over",
                "The draft is already with the manager (handed over by " + handedOverBy + ").");
        this.state = DraftState.WITH_MANAGER;
        this.handedOverBy = by;
        this.handedOverAt = at;
        return DraftChange.of(challenge.id(), DraftChangeKind.HANDED_OVER, by, at);
    }

    /** The manager gives the draft back to the team to write on. */
    public DraftChange returnToTeam(DraftRole role, WorkspaceState state, String by, Instant at) {
        requireManaging(role, "returns the draft to the team");
        requireOpen(state);
        this.state = DraftState.WITH_TEAM;
        this.handedOverBy = null;
        this.handedOverAt = null;
        return DraftChange.of(challenge.id(), DraftChangeKind.RETURNED_TO_TEAM, by, at);
    }

    /**
     * The manager takes the handed-over draft into the feedback report; the draft stays with the manager. What it
     * gives the report is {@link #wordsOver(FeedbackReport)}.
     */
    public DraftChange takeIntoReport(DraftRole role, String by, Instant at) {
        requireManaging(role, "takes the draft into the feedback report");
        return DraftChange.of(challenge.id(), DraftChangeKind.TAKEN_INTO_REPORT, by, at);
    }

    /**
     * The report's words with the draft's put in: the introduction becomes the executive summary and each theme
     * section that theme's feedback. A blank section leaves what the report already says; the key recommendations
     * stay the report's numbered records, which the manager keeps from the draft's section by hand.
     */
    public ReportWords wordsOver(FeedbackReport report) {
        String summary = report.executiveSummary();
        Map<String, String> feedback = new HashMap<>(report.themeFeedback());
        for (DraftSection section : sections) {
            if (section.text().isBlank()) {
                continue;
            }
            if (section.kind() == DraftSectionKind.INTRODUCTION) {
                summary = section.text();
            } else if (section.kind() == DraftSectionKind.THEME) {
                feedback.put(section.key(), section.text());
            }
        }
        return new ReportWords(summary, feedback);
    }

    /** Whether someone in this role may save a section today (for pages that show or hide the save buttons). */
    public boolean writableBy(DraftRole role, WorkspaceState state) {
        return role.onTeam() && state.writable() && (this.state == DraftState.WITH_TEAM || role == DraftRole.MANAGER);
    }

    private void requireManaging(DraftRole role, String what) {
        DomainRuleViolation.require(
                role.managing(), "draft-manager-only", "Only the challenge's peer challenge manager " + what + ".");
        DomainRuleViolation.require(
                state == DraftState.WITH_MANAGER,
                "draft-not-handed-over",
                "The team has not handed the draft over yet: it is still theirs to write.");
    }

    private static void requireOpen(WorkspaceState state) {
        DomainRuleViolation.require(
                state.writable(),
                "workspace-read-only",
                "The workspace is not open: the draft is written from its opening until the report is issued.");
    }

    private DraftSection section(DraftSectionKind kind, String key, String heading, String text) {
        return new DraftSection(this, challenge.id(), kind, key, heading, 0, text);
    }

    private DraftSection find(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    public PeerChallenge challenge() {
        return challenge;
    }

    public DraftState state() {
        return state;
    }

    public String handedOverBy() {
        return handedOverBy;
    }

    public Instant handedOverAt() {
        return handedOverAt;
    }

    /** In the printed order. */
    public List<DraftSection> sections() {
        return List.copyOf(sections);
    }
}
