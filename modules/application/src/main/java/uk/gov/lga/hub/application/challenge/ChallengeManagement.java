package uk.gov.lga.hub.application.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.FeedbackReport;
import uk.gov.lga.hub.domain.challenge.OnSiteVisit;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.ProgressFeedback;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.PublicationRules;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.challenge.UnusualDates;
import uk.gov.lga.hub.domain.challenge.workspace.draft.ReportWords;
import uk.gov.lga.hub.domain.peer.ConflictsOfInterest;
import uk.gov.lga.hub.domain.response.SelfAssessmentRepository;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.shared.Rag;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;
import uk.gov.lga.hub.domain.theme.ThemeRepository;

/**
 * A peer challenge manager runs a challenge: schedule, team, report and recommendations, issue, publication,
 * progress review. Each step loads the challenge, lets the domain check its rules, and answers with the challenge
 * as it now stands (plus any warnings). Each step is recorded in the council's audit trail with the challenge
 * before and after, in the same transaction.
 */
@ApplicationScoped
public class ChallengeManagement {

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    CouncilDirectory councils;

    @Inject
    ThemeRepository themes;

    @Inject
    PublicationRules rules;

    @Inject
    Clock clock;

    @Inject
    CouncilDataScope scope;

    @Inject
    AuditLog audit;

    @Inject
    SelfAssessmentRepository selfAssessments;

    @Inject
    TeamPlacement placement;

    /** @param confirmed the manager has been told what is unusual about these dates and is sure of them */
    public record Schedule(
            LocalDate onSiteStart,
            LocalDate onSiteEnd,
            LocalDate positionStatementDue,
            List<String> focusAreas,
            Boolean confirmed) {}

    /**
     * A peer joining the team: {@code peerId} picks them from the directory (the team records them as the directory
     * has them; a role or position given here wins); without it the details describe a first-time peer, who joins the
     * directory too. {@code conflictOverride} lets a peer with conflicts of interest join, for the reason it gives.
     */
    public record TeamMemberDetails(
            String name,
            TeamRole role,
            String position,
            String homeOrganisation,
            String politicalGroup,
            String username,
            Long peerId,
            ConflictOverride conflictOverride) {

        /** A first-time peer typed in, with no override (JSON-B binds a record with one constructor only). */
        public static TeamMemberDetails typedIn(
                String name,
                TeamRole role,
                String position,
                String homeOrganisation,
                String politicalGroup,
                String username) {
            return new TeamMemberDetails(name, role, position, homeOrganisation, politicalGroup, username, null, null);
        }
    }

    public record ConflictOverride(String reason) {}

    public record ReportText(String executiveSummary, Map<String, String> themeFeedback) {}

    public record RecommendationText(String number, String title, String text, List<String> themes) {}

    public record PublicationRecord(PublicationKind kind, LocalDate publishedOn, String url) {}

    public record Rating(long recommendationId, Rag rag, String comment) {}

    public record ProgressReviewRecord(
            LocalDate heldOn, List<String> attendees, String summary, List<Rating> ratings) {}

    public ChallengeDetail propose(Caller caller, String councilCode, Schedule schedule) {
        requireSchedule(schedule);
        Tenant tenant = Tenant.managementOf(caller, councils.byCode(councilCode).code());
        return scope.call(tenant, () -> {
            PeerChallenge challenge = PeerChallenge.propose(
                    councils.byCode(councilCode),
                    ThemeFramework.CPC_2020,
                    new OnSiteVisit(schedule.onSiteStart(), schedule.onSiteEnd()),
                    themes.coreThemesOf(ThemeFramework.CPC_2020));
            challenge.reschedule(challenge.visit(), schedule.positionStatementDue(), check(schedule.confirmed()));
            focusAreas(schedule).forEach(challenge::addFocusArea);
            challenges.add(challenge);
            challenges.flush();
            audit.record(tenant, "challenge.proposed", subject(challenge), null, ChallengeSnapshot.of(challenge));
            return detail(challenge);
        });
    }

    /** A challenge from an imported report, as the manager checked it: team, report and recommendations. */
    public record ImportedChallenge(
            Schedule schedule,
            List<TeamMemberDetails> team,
            ReportText report,
            List<RecommendationText> recommendations) {}

    /**
     * Creates a challenge from an imported report in one transaction: proposed, taken to report drafting (the
     * visit has happened), with its team, report and recommendations, ready for the manager to issue. Any step
     * refused leaves nothing behind.
     */
    public ChallengeDetail importChallenge(Caller caller, String councilCode, ImportedChallenge imported) {
        DomainRuleViolation.require(
                imported != null && imported.schedule() != null,
                "visit-dates-required",
                "Both the first and the last on-site day are required.");
        Tenant tenant = Tenant.managementOf(caller, councils.byCode(councilCode).code());
        return scope.call(tenant, () -> {
            Schedule schedule = imported.schedule();
            PeerChallenge challenge = PeerChallenge.propose(
                    councils.byCode(councilCode),
                    ThemeFramework.CPC_2020,
                    new OnSiteVisit(schedule.onSiteStart(), schedule.onSiteEnd()),
                    themes.coreThemesOf(ThemeFramework.CPC_2020));
            focusAreas(schedule).forEach(challenge::addFocusArea);
            for (ChallengeStatus step :
                    List.of(ChallengeStatus.SCHEDULED, ChallengeStatus.ON_SITE, ChallengeStatus.REPORT_DRAFTING)) {
                challenge.move(step);
            }
            (imported.team() == null ? List.<TeamMemberDetails>of() : imported.team())
                    .forEach(m -> challenge.addTeamMember(
                            m.name(), m.role(), m.position(), m.homeOrganisation(), m.politicalGroup(), m.username()));
            if (imported.report() != null) {
                challenge.writeReport(
                        imported.report().executiveSummary(),
                        imported.report().themeFeedback() == null
                                ? Map.of()
                                : imported.report().themeFeedback());
            }
            for (RecommendationText r :
                    imported.recommendations() == null ? List.<RecommendationText>of() : imported.recommendations()) {
                challenge.addRecommendation(r.number(), r.title(), r.text(), themesOf(r));
            }
            challenges.add(challenge);
            challenges.flush();
            audit.record(tenant, "challenge.imported", subject(challenge), null, ChallengeSnapshot.of(challenge));
            return detail(challenge);
        });
    }

    public ChallengeDetail reschedule(Caller caller, long id, Long basedOn, Schedule schedule) {
        requireSchedule(schedule);
        return change(caller, id, basedOn, "rescheduled", c -> {
            c.reschedule(
                    new OnSiteVisit(schedule.onSiteStart(), schedule.onSiteEnd()),
                    schedule.positionStatementDue(),
                    check(schedule.confirmed()));
            focusAreas(schedule).forEach(c::addFocusArea);
        });
    }

    public ChallengeDetail move(Caller caller, long id, Long basedOn, ChallengeStatus to) {
        DomainRuleViolation.require(to != null, "move-target-required", "Say which status to move the challenge to.");
        return change(caller, id, basedOn, "moved", c -> c.move(to));
    }

    /** A peer flagged for conflicts of interest and not overridden is refused, and the flag stays in the trail. */
    public ChallengeDetail addTeamMember(Caller caller, long id, Long basedOn, TeamMemberDetails m) {
        DomainRuleViolation.require(m != null, "peer-name-required", "A peer's name is required.");
        try {
            return change(caller, id, basedOn, "team-member-added", c -> placement.place(caller, c, m));
        } catch (ConflictsOfInterest flagged) {
            Tenant tenant = Tenant.managementOf(caller, councils.ofChallenge(id).code());
            scope.call(tenant, () -> {
                audit.record(
                        tenant,
                        "challenge.peer-conflict-flagged",
                        subject(challenges.findById(id).orElseThrow()),
                        null,
                        placement.refused(m, flagged));
                return null;
            });
            throw flagged;
        }
    }

    public ChallengeDetail removeTeamMember(Caller caller, long id, Long basedOn, long memberId) {
        return change(caller, id, basedOn, "team-member-removed", c -> c.removeTeamMember(memberId));
    }

    public ChallengeDetail writeReport(Caller caller, long id, Long basedOn, ReportText report) {
        return change(
                caller,
                id,
                basedOn,
                "report-written",
                c -> c.writeReport(
                        report.executiveSummary(), report.themeFeedback() == null ? Map.of() : report.themeFeedback()));
    }

    /**
     * The peer team's handed-over draft taken into the report, on the manager's own path for writing it: {@code words}
     * gives the draft's words over the report as it now stands; audited as taken from the draft.
     */
    public ChallengeDetail writeReportFromDraft(
            Caller caller, long id, Long basedOn, Function<FeedbackReport, ReportWords> words) {
        return change(caller, id, basedOn, "report-taken-from-draft", c -> {
            ReportWords taken = words.apply(c.report());
            c.writeReport(taken.executiveSummary(), taken.themeFeedback());
        });
    }

    public ChallengeDetail addRecommendation(Caller caller, long id, Long basedOn, RecommendationText r) {
        return change(
                caller,
                id,
                basedOn,
                "recommendation-added",
                c -> c.addRecommendation(r.number(), r.title(), r.text(), themesOf(r)));
    }

    public ChallengeDetail reviseRecommendation(
            Caller caller, long id, Long basedOn, long recommendationId, RecommendationText r) {
        return change(
                caller,
                id,
                basedOn,
                "recommendation-revised",
                c -> c.reviseRecommendation(recommendationId, r.number(), r.title(), r.text(), themesOf(r)));
    }

    public ChallengeDetail removeRecommendation(Caller caller, long id, Long basedOn, long recommendationId) {
        return change(caller, id, basedOn, "recommendation-removed", c -> c.removeRecommendation(recommendationId));
    }

    public ChallengeDetail issueReport(Caller caller, long id, Long basedOn, LocalDate issuedOn) {
        return change(caller, id, basedOn, "report-issued", c -> c.issueReport(issuedOn));
    }

    public ChallengeDetail publish(Caller caller, long id, Long basedOn, PublicationRecord p) {
        DomainRuleViolation.require(p.kind() != null, "publication-kind-required", "Say what was published.");
        return change(
                caller,
                id,
                basedOn,
                "publication-recorded",
                c -> c.publish(
                        p.kind(),
                        p.publishedOn(),
                        p.url(),
                        PublishedContent.of(c, p.kind(), selfAssessments.findByChallenge(id)),
                        caller.username(),
                        clock.instant()));
    }

    public ChallengeDetail scheduleProgressReview(
            Caller caller, long id, Long basedOn, LocalDate plannedDate, Boolean confirmed) {
        return change(
                caller,
                id,
                basedOn,
                "progress-review-scheduled",
                c -> c.scheduleProgressReview(plannedDate, check(confirmed)));
    }

    /** Unusual dates are refused until the manager confirms them (absent means not yet). */
    private UnusualDates check(Boolean confirmed) {
        LocalDate today = LocalDate.now(clock);
        return Boolean.TRUE.equals(confirmed) ? UnusualDates.confirmedOn(today) : UnusualDates.askingOn(today);
    }

    public ChallengeDetail recordProgressReview(Caller caller, long id, Long basedOn, ProgressReviewRecord record) {
        Map<Long, ProgressFeedback> ratings = record.ratings() == null
                ? Map.of()
                : record.ratings().stream()
                        .collect(Collectors.toMap(
                                Rating::recommendationId, r -> new ProgressFeedback(r.rag(), r.comment())));
        return change(
                caller,
                id,
                basedOn,
                "progress-review-recorded",
                c -> c.recordProgressReview(record.heldOn(), record.attendees(), record.summary(), ratings));
    }

    /**
     * One manager's step in the council's scope: the change and its audit entry land together or not at all. A step
     * based on a version of the challenge that someone has changed since is refused with the current one, so two
     * managers never overwrite each other; {@code basedOn} may be absent only for clients that do not say.
     */
    private ChallengeDetail change(Caller caller, long id, Long basedOn, String action, Consumer<PeerChallenge> step) {
        Tenant tenant = Tenant.managementOf(caller, councils.ofChallenge(id).code());
        return scope.call(tenant, () -> {
            PeerChallenge challenge =
                    challenges.findById(id).orElseThrow(() -> new NotFound("There is no peer challenge " + id + "."));
            if (basedOn != null) {
                StaleRecord.requireCurrent(basedOn, challenge.version(), "this challenge", () -> detail(challenge));
            }
            ChallengeSnapshot before = ChallengeSnapshot.of(challenge);
            step.accept(challenge);
            challenges.markChanged(challenge);
            challenges.flush();
            audit.record(tenant, "challenge." + action, subject(challenge), before, ChallengeSnapshot.of(challenge));
            return detail(challenge);
        });
    }

    static String subject(PeerChallenge challenge) {
        return "peer challenge " + challenge.id() + " (on site "
                + HumanDate.of(challenge.visit().startDate()) + ")";
    }

    private ChallengeDetail detail(PeerChallenge challenge) {
        return ChallengeDetail.of(challenge, rules, LocalDate.now(clock));
    }

    private List<Theme> focusAreas(Schedule schedule) {
        return schedule.focusAreas() == null
                ? List.of()
                : schedule.focusAreas().stream()
                        .filter(a -> a != null && !a.isBlank())
                        .map(themes::focusArea)
                        .toList();
    }

    private List<Theme> themesOf(RecommendationText r) {
        return r.themes() == null
                ? List.of()
                : r.themes().stream()
                        .map(code -> themes.findByCode(code)
                                .orElseThrow(() ->
                                        new DomainRuleViolation("theme-unknown", "There is no theme " + code + ".")))
                        .toList();
    }

    private static void requireSchedule(Schedule schedule) {
        DomainRuleViolation.require(
                schedule != null, "visit-dates-required", "Both the first and the last on-site day are required.");
    }
}
