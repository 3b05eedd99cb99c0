package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.gov.lga.hub.domain.challenge.ChallengeStatus.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

class ChallengeStatusTest {

    /** The lifecycle as the LGA describes it, written out independently of the enum's table. */
    private static final Set<String> ALLOWED = Set.of(
            "PROPOSED>SCHEDULED",
            "PROPOSED>CANCELLED",
            "SCHEDULED>ON_SITE",
            "SCHEDULED>POSTPONED",
            "SCHEDULED>CANCELLED",
            "POSTPONED>SCHEDULED",
            "POSTPONED>CANCELLED",
            "ON_SITE>REPORT_DRAFTING",
            "REPORT_DRAFTING>REPORT_ISSUED",
            "REPORT_ISSUED>PUBLISHED",
            "PUBLISHED>PROGRESS_REVIEW_SCHEDULED",
            "PUBLISHED>CLOSED",
            "PROGRESS_REVIEW_SCHEDULED>PROGRESS_REVIEW_HELD",
            "PROGRESS_REVIEW_HELD>PROGRESS_REVIEW_PUBLISHED",
            "PROGRESS_REVIEW_PUBLISHED>CLOSED");

    static Stream<Arguments> everyPairOfStates() {
        List<Arguments> pairs = new ArrayList<>();
        for (ChallengeStatus from : values()) {
            for (ChallengeStatus to : values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.contains(from + ">" + to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyPairOfStates")
    void aChallengeMovesOnlyAlongTheLifecycle(ChallengeStatus from, ChallengeStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));

        PeerChallenge challenge = challengeIn(from);
        if (allowed) {
            challenge.moveTo(to);
            assertEquals(to, challenge.status());
        } else {
            IllegalStatusMove refused = assertThrows(IllegalStatusMove.class, () -> challenge.moveTo(to));
            assertEquals(from, refused.current());
            assertEquals(from.allowedMoves(), refused.allowedMoves());
            assertEquals(from, challenge.status());
        }
    }

    @ParameterizedTest
    @MethodSource("terminalStates")
    void closedAndCancelledChallengesGoNowhere(ChallengeStatus terminal) {
        assertEquals(Set.of(), terminal.allowedMoves());
    }

    static Stream<ChallengeStatus> terminalStates() {
        return Stream.of(CLOSED, CANCELLED);
    }

    /** Walks a new challenge along allowed moves to the wanted state, so the test starts from real history. */
    static PeerChallenge challengeIn(ChallengeStatus wanted) {
        PeerChallenge challenge = PeerChallenge.propose(
                new Council(
                        "E08000026", "Coventry City Council", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS),
                ThemeFramework.CPC_2020,
                new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 18)),
                List.of(Theme.core(
                        "local-priorities-and-outcomes", "Local priorities and outcomes", ThemeFramework.CPC_2020, 1)));
        List<ChallengeStatus> path = switch (wanted) {
            case PROPOSED -> List.of();
            case SCHEDULED -> List.of(SCHEDULED);
            case POSTPONED -> List.of(SCHEDULED, POSTPONED);
            case CANCELLED -> List.of(CANCELLED);
            default -> {
                List<ChallengeStatus> main = List.of(
                        SCHEDULED,
                        ON_SITE,
                        REPORT_DRAFTING,
                        REPORT_ISSUED,
                        PUBLISHED,
                        PROGRESS_REVIEW_SCHEDULED,
                        PROGRESS_REVIEW_HELD,
                        PROGRESS_REVIEW_PUBLISHED,
                        CLOSED);
                yield main.subList(0, main.indexOf(wanted) + 1);
            }
        };
        path.forEach(challenge::moveTo);
        assertEquals(wanted, challenge.status());
        return challenge;
    }
}
