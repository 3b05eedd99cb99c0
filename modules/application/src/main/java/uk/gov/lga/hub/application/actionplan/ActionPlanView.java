package uk.gov.lga.hub.application.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.evidence.EvidenceView;
import uk.gov.lga.hub.application.response.ResponseView;
import uk.gov.lga.hub.domain.actionplan.ActionPlan;
import uk.gov.lga.hub.domain.actionplan.ActionPlanStatus;
import uk.gov.lga.hub.domain.actionplan.Submission;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.evidence.Evidence;
import uk.gov.lga.hub.domain.evidence.EvidenceTarget;
import uk.gov.lga.hub.domain.response.ActionOwner;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.DueDateChange;
import uk.gov.lga.hub.domain.response.OwnerKind;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.response.ProgressUpdate;
import uk.gov.lga.hub.domain.shared.Rag;

/**
 * A council's whole action plan for one challenge, as its readers see it: every recommendation with the
 * council's response, its actions (with date history and updates) and the latest version of each piece of
 * evidence; the plan's standing with the LGA and its submitted versions.
 */
public record ActionPlanView(
        long challengeId,
        String councilCode,
        String councilName,
        LocalDate onSiteStart,
        ActionPlanStatus status,
        int workingVersion,
        List<SubmissionSummary> submissions,
        List<Entry> recommendations) {

    public record Entry(
            long recommendationId,
            String number,
            String title,
            String text,
            ResponseView response,
            List<ActionView> actions,
            List<EvidenceView> evidence) {

        public boolean answered() {
            return response != null;
        }
    }

    public record ActionView(
            long id,
            int order,
            String description,
            OwnerKind ownerKind,
            String ownerUser,
            String ownerName,
            String ownerRole,
            LocalDate originalDue,
            LocalDate due,
            long slippageDays,
            boolean overdue,
            ActionStatus status,
            Rag rag,
            String updatedBy,
            Instant updatedAt,
            long version,
            List<DateChangeView> dateChanges,
            List<UpdateView> updates,
            List<EvidenceView> evidence) {

        /** The owner, read the same way for plans written before owners had kinds (frozen copies too). */
        public Optional<ActionOwner> owner() {
            return Optional.ofNullable(ActionOwner.restored(ownerKind, ownerUser, ownerName, ownerRole));
        }

        /** The owner as pages, exports and print show it. */
        public String ownerShown() {
            return owner().map(ActionOwner::shown).orElse(null);
        }
    }

    public record DateChangeView(LocalDate from, LocalDate to, String reason, String changedBy, Instant changedAt) {
        static DateChangeView of(DueDateChange c) {
            return new DateChangeView(c.fromDue(), c.toDue(), c.reason(), c.changedBy(), c.changedAt());
        }
    }

    public record UpdateView(
            long id,
            LocalDate writtenOn,
            String narrative,
            ActionStatus newStatus,
            Rag newRag,
            String author,
            Instant recordedAt,
            List<EvidenceView> evidence) {}

    public record SubmissionSummary(
            int number,
            String submittedBy,
            Instant submittedAt,
            String decision,
            String decidedBy,
            Instant decidedAt,
            String comment) {
        static SubmissionSummary of(Submission s) {
            return new SubmissionSummary(
                    s.number(),
                    s.submittedBy(),
                    s.submittedAt(),
                    s.decision().map(Enum::name).orElse(null),
                    s.decidedBy(),
                    s.decidedAt(),
                    s.comment());
        }
    }

    /** Every action of the plan, in recommendation order. */
    public List<ActionView> allActions() {
        return recommendations.stream().flatMap(r -> r.actions().stream()).toList();
    }

    static ActionPlanView of(
            PeerChallenge challenge,
            Collection<CouncilResponse> responses,
            Collection<Evidence> evidence,
            ActionPlan plan,
            LocalDate today) {
        Map<Long, CouncilResponse> byRecommendation = responses.stream()
                .collect(Collectors.toMap(r -> r.recommendation().id(), Function.identity()));
        List<EvidenceView> latest = latestVersions(evidence);
        List<Entry> entries = challenge.recommendations().stream()
                .map(r -> entry(r, byRecommendation.get(r.id()), latest, today))
                .toList();
        return new ActionPlanView(
                challenge.id(),
                challenge.council().code(),
                challenge.council().name(),
                challenge.visit().startDate(),
                plan == null ? ActionPlanStatus.DRAFT : plan.status(),
                plan == null ? 1 : plan.workingVersion(),
                plan == null
                        ? List.of()
                        : plan.submissions().stream().map(SubmissionSummary::of).toList(),
                entries);
    }

    private static Entry entry(
            KeyRecommendation r, CouncilResponse response, List<EvidenceView> evidence, LocalDate today) {
        if (response == null) {
            return new Entry(r.id(), r.number(), r.title(), r.text(), null, List.of(), List.of());
        }
        return new Entry(
                r.id(),
                r.number(),
                r.title(),
                r.text(),
                ResponseView.of(response),
                response.actions().stream().map(a -> action(a, evidence, today)).toList(),
                attached(evidence, EvidenceTarget.RESPONSE, response.id()));
    }

    private static ActionView action(PlanAction a, List<EvidenceView> evidence, LocalDate today) {
        return new ActionView(
                a.id(),
                a.listOrder(),
                a.description(),
                a.owner().map(ActionOwner::kind).orElse(null),
                a.owner().map(ActionOwner::username).orElse(null),
                a.ownerName(),
                a.ownerRole(),
                a.originalDue(),
                a.due(),
                a.slippageDays(),
                a.isOverdue(today),
                a.status(),
                a.rag(),
                a.updatedBy(),
                a.updatedAt(),
                a.version(),
                a.dueDateChanges().stream().map(DateChangeView::of).toList(),
                a.updates().stream().map(u -> update(u, evidence)).toList(),
                attached(evidence, EvidenceTarget.ACTION, a.id()));
    }

    private static UpdateView update(ProgressUpdate u, List<EvidenceView> evidence) {
        return new UpdateView(
                u.id(),
                u.writtenOn(),
                u.narrative(),
                u.newStatus(),
                u.newRag(),
                u.author(),
                u.recordedAt(),
                attached(evidence, EvidenceTarget.UPDATE, u.id()));
    }

    private static List<EvidenceView> attached(List<EvidenceView> evidence, EvidenceTarget target, Long id) {
        return id == null
                ? List.of()
                : evidence.stream().filter(e -> e.attachedTo(target, id)).toList();
    }

    /** Older versions stay readable through the evidence's own address; the plan shows the newest. */
    private static List<EvidenceView> latestVersions(Collection<Evidence> evidence) {
        return evidence.stream()
                .collect(Collectors.groupingBy(
                        Evidence::lineage, Collectors.maxBy(Comparator.comparingInt(Evidence::versionNo))))
                .values()
                .stream()
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Evidence::addedAt))
                .map(EvidenceView::of)
                .toList();
    }
}
