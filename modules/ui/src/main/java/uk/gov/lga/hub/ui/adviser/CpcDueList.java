package uk.gov.lga.hub.ui.adviser;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.lga.hub.application.challenge.CycleService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.ui.layout.Labels;

/** The region dashboard's councils due a Corporate Peer Challenge (the five-year cycle), due dates in words. */
@Named
@RequestScoped
public class CpcDueList {

    @Inject
    CycleService cycle;

    @Inject
    Caller caller;

    @Inject
    DashboardPage page;

    private List<CycleService.CouncilCycle> councils;

    /** The dashboard's region's councils due one; none on England's dashboard. */
    public List<CycleService.CouncilCycle> getCouncils() {
        if (councils == null) {
            councils = page.isNational() ? List.of() : cycle.dueIn(caller, page.getRegion());
        }
        return councils;
    }

    /** "Overdue since 6 September 2023", "Due by 7 November 2024", "Due now: never had one". */
    public String due(CycleService.CouncilCycle council) {
        return switch (council.standing()) {
            case NEVER -> "Due now: never had one";
            case OVERDUE -> "Overdue since " + Labels.of(council.nextDue());
            default -> "Due by " + Labels.of(council.nextDue());
        };
    }

    public String lastVisit(CycleService.CouncilCycle council) {
        return council.lastVisitEnd() == null ? "Never" : Labels.of(council.lastVisitEnd());
    }
}
