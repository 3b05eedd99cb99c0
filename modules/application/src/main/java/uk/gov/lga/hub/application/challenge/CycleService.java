package uk.gov.lga.hub.application.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.council.CouncilSummary;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.challenge.FiveYearCycle;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.region.Region;

/** The five-year cycle: for each council, its last CPC, when the next falls due, and where it stands. */
@ApplicationScoped
@Transactional
public class CycleService {

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    CouncilDirectory councils;

    @Inject
    Clock clock;

    public record CouncilCycle(
            CouncilSummary council,
            LocalDate lastVisitEnd,
            LocalDate nextDue,
            LocalDate nextPlannedStart,
            FiveYearCycle.Standing standing) {}

    /**
     * A region's councils due a CPC (never had one, overdue, or due within a year), those due longest ago first;
     * a council that never had one is due before any date.
     */
    public List<CouncilCycle> dueIn(Caller caller, Region region) {
        return councils(caller, true).stream()
                .filter(c -> c.council().region().equals(region.code()))
                .sorted(Comparator.comparing(CouncilCycle::nextDue, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(c -> c.council().name()))
                .toList();
    }

    /** @param dueOnly only councils that never had one, are overdue, or fall due within a year */
    public List<CouncilCycle> councils(Caller caller, boolean dueOnly) {
        if (!caller.isLgaStaff() && !caller.hasRole(Role.PRINCIPAL_ADVISER)) {
            throw new AccessDenied("The five-year cycle is for the LGA's staff and principal advisers.");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, List<PeerChallenge>> byCouncil = challenges.findAll().stream()
                .collect(Collectors.groupingBy(c -> c.council().code()));
        return councils.all().stream()
                .map(council -> {
                    FiveYearCycle.Position position = FiveYearCycle.position(
                            byCouncil.getOrDefault(council.code(), List.of()).stream()
                                    .map(c -> new FiveYearCycle.Visit(
                                            c.status(),
                                            c.visit().startDate(),
                                            c.visit().endDate()))
                                    .toList(),
                            today);
                    return new CouncilCycle(
                            council,
                            position.lastVisitEnd(),
                            position.nextDue(),
                            position.nextPlannedStart(),
                            position.standing());
                })
                .filter(c -> !dueOnly
                        || EnumSet.of(
                                        FiveYearCycle.Standing.NEVER,
                                        FiveYearCycle.Standing.OVERDUE,
                                        FiveYearCycle.Standing.DUE_WITHIN_A_YEAR)
                                .contains(c.standing()))
                .toList();
    }
}
