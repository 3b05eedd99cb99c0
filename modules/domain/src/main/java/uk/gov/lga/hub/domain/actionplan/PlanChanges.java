package uk.gov.lga.hub.domain.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.shared.Words;

/**
 * What changed in the plan between two submitted versions, in words, per recommendation: so the peer challenge
 * manager reads what the council did about a request for changes rather than the whole plan again.
 */
public record PlanChanges(List<ChangedRecommendation> recommendations) {

    /** The changes under one recommendation, in the order of the plan. */
    public record ChangedRecommendation(String number, String title, List<Change> changes) {}

    /**
     * One change: what changed, in a sentence, and the text before and after where there is one to show (null
     * for an addition's "before" or a removal's "after").
     */
    public record Change(String what, String before, String after) {}

    /** A field of an action as the manager reads it. */
    private record Field(String name, Function<PlanContent.Action, String> words) {}

    private static final List<Field> ACTION_FIELDS = List.of(
            new Field("description", PlanContent.Action::description),
            new Field("owner", PlanContent.Action::ownerName),
            new Field("owner's role", PlanContent.Action::ownerRole),
            new Field("due date", a -> HumanDate.of(a.due())),
            new Field("status", a -> Words.of(a.status())));

    public PlanChanges {
        recommendations = List.copyOf(recommendations);
    }

    public static PlanChanges between(PlanContent before, PlanContent after) {
        Map<String, PlanContent.Response> earlier = before.responses().stream()
                .collect(Collectors.toMap(PlanContent.Response::number, Function.identity()));
        List<ChangedRecommendation> changed = new ArrayList<>();
        for (PlanContent.Response now : after.responses()) {
            List<Change> changes = new ArrayList<>();
            Optional.ofNullable(earlier.get(now.number()))
                    .ifPresentOrElse(
                            was -> compare(was, now, changes),
                            () -> changes.add(new Change("Recommendation added", null, now.title())));
            if (!changes.isEmpty()) {
                changed.add(new ChangedRecommendation(now.number(), now.title(), changes));
            }
        }
        return new PlanChanges(changed);
    }

    public boolean isEmpty() {
        return recommendations.isEmpty();
    }

    private static void compare(PlanContent.Response was, PlanContent.Response now, List<Change> changes) {
        if (was.acceptance() != now.acceptance()) {
            changes.add(new Change(
                    was.acceptance() == null ? "Response given" : "Acceptance changed",
                    blankToNull(Words.of(was.acceptance())),
                    Words.of(now.acceptance())));
        }
        if (!Objects.equals(was.narrative(), now.narrative())) {
            changes.add(new Change("Response text changed", was.narrative(), now.narrative()));
        }
        compareActions(was.actions(), now.actions(), changes);
    }

    /** Actions are matched by id, so a reworded action reads as changed rather than removed and added. */
    private static void compareActions(
            List<PlanContent.Action> was, List<PlanContent.Action> now, List<Change> changes) {
        Map<Long, PlanContent.Action> earlier =
                was.stream().collect(Collectors.toMap(PlanContent.Action::id, Function.identity()));
        Map<Long, PlanContent.Action> later =
                now.stream().collect(Collectors.toMap(PlanContent.Action::id, Function.identity()));
        for (PlanContent.Action a : was) {
            if (!later.containsKey(a.id())) {
                changes.add(new Change("Action removed: “" + a.description() + "”", summary(a), null));
            }
        }
        for (PlanContent.Action a : now) {
            PlanContent.Action before = earlier.get(a.id());
            if (before == null) {
                changes.add(new Change("Action added: “" + a.description() + "”", null, summary(a)));
                continue;
            }
            for (Field field : ACTION_FIELDS) {
                String from = field.words().apply(before);
                String to = field.words().apply(a);
                if (!Objects.equals(blankToNull(from), blankToNull(to))) {
                    changes.add(new Change(
                            "Action “" + before.description() + "”: " + field.name() + " changed",
                            blankToNull(from),
                            blankToNull(to)));
                }
            }
        }
    }

    /** An action in one line, for an addition or removal: "Not started; owner Jo Bloggs (Director); due 1 May 2025". */
    private static String summary(PlanContent.Action a) {
        StringBuilder text = new StringBuilder(Words.of(a.status()));
        if (a.ownerName() != null) {
            text.append("; owner ").append(a.ownerName());
            if (a.ownerRole() != null) {
                text.append(" (").append(a.ownerRole()).append(')');
            }
        }
        if (a.due() != null) {
            text.append("; due ").append(HumanDate.of(a.due()));
        }
        return text.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
