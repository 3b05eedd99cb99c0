package uk.gov.lga.hub.domain.actionplan;

import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.ActionStatus;

/** Plan contents for the tests: Coventry's two recommendations, answered, with one action under the first. */
final class Plans {

    static final PlanContent.Action WORKSHOPS = new PlanContent.Action(
            11,
            "Hold masterplan workshops",
            "Jo Bloggs",
            "Director of Place",
            LocalDate.of(2024, 9, 30),
            ActionStatus.NOT_STARTED);

    private Plans() {}

    static PlanContent answered() {
        return new PlanContent(List.of(
                new PlanContent.Response(
                        "2.1", "City Centre masterplan", Acceptance.ACCEPTED, "We accept it.", List.of(WORKSHOPS)),
                new PlanContent.Response("2.2", "Finance", Acceptance.ACCEPTED, "Agreed.", List.of())));
    }

    static PlanContent withSecondUnanswered() {
        return new PlanContent(List.of(
                answered().responses().get(0), new PlanContent.Response("2.2", "Finance", null, null, List.of())));
    }

    /** The answered plan with the first response's text and actions replaced. */
    static PlanContent withFirst(String narrative, PlanContent.Action... actions) {
        PlanContent.Response first = answered().responses().get(0);
        return new PlanContent(List.of(
                new PlanContent.Response(
                        first.number(), first.title(), first.acceptance(), narrative, List.of(actions)),
                answered().responses().get(1)));
    }
}
