package uk.gov.lga.hub.application.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.council.CouncilSummary;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/** National aggregates, open to every principal adviser and to LGA staff, whatever their region. */
@ApplicationScoped
@Transactional
public class NationalPicture {

    @Inject
    NationalResponseFigures figures;

    @Inject
    CouncilDirectory councils;

    public record CouncilLine(
            CouncilSummary council, long responses, long accepted, long partiallyAccepted, long notAccepted) {}

    public List<CouncilLine> responsesByCouncil(Caller caller) {
        if (!caller.isLgaStaff() && !caller.hasRole(Role.PRINCIPAL_ADVISER)) {
            throw new AccessDenied("National figures are for the LGA's staff and principal advisers.");
        }
        Map<String, CouncilResponseCounts> counts = figures.responseCountsByCouncil().stream()
                .collect(Collectors.toMap(CouncilResponseCounts::councilCode, Function.identity()));
        return councils.all().stream()
                .map(council -> {
                    CouncilResponseCounts c =
                            counts.getOrDefault(council.code(), new CouncilResponseCounts(council.code(), 0, 0, 0, 0));
                    return new CouncilLine(
                            council, c.responses(), c.accepted(), c.partiallyAccepted(), c.notAccepted());
                })
                .toList();
    }
}
