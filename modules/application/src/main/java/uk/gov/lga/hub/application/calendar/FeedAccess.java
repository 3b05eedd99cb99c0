package uk.gov.lga.hub.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.calendar.FeedKind;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Whose data a calendar reads, and whether the caller may read it: the one check for a feed asked for with a token
 * and for one read through a subscription address. A council's calendar is read by whoever may read the council's
 * detail ({@link Tenant#readerOf}); a region's by LGA staff and its principal adviser; a manager's by LGA staff.
 */
@ApplicationScoped
@Transactional
public class FeedAccess {

    @Inject
    CouncilRepository councils;

    @Inject
    PeerChallengeRepository challenges;

    /** The councils the feed reads, each of which the caller may read; refused before any council data is read. */
    public List<Council> councilsOf(Caller caller, FeedKind feed, String target) {
        return switch (feed) {
            case COUNCIL -> {
                Council council = councils.findByCode(target).orElseThrow(() -> new NotFound("No council " + target));
                Tenant.readerOf(caller, council);
                yield List.of(council);
            }
            case REGION -> {
                Region region = regionOf(target);
                if (!caller.isLgaStaff() && !caller.advises(region)) {
                    throw new AccessDenied("Only LGA staff and the principal adviser of " + region.displayName()
                            + " read its calendar.");
                }
                yield councils.findAll().stream()
                        .filter(c -> c.region() == region)
                        .toList();
            }
            case MANAGED -> {
                requireStaff(caller);
                yield challenges.managedBy(caller.username()).stream()
                        .map(PeerChallenge::council)
                        .distinct()
                        .toList();
            }
        };
    }

    /** The region named in an address; an unknown one is not there. */
    public static Region regionOf(String code) {
        try {
            return Region.fromCode(code);
        } catch (DomainRuleViolation unknown) {
            throw new NotFound("No region " + code);
        }
    }

    /** The caller is this challenge's peer challenge manager on its team. */
    static boolean managedBy(PeerChallenge challenge, String username) {
        return challenge.team().stream()
                .anyMatch(m -> m.role() == TeamRole.PEER_CHALLENGE_MANAGER && username.equals(m.username()));
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isLgaStaff()) {
            throw new AccessDenied(
                    "Only the LGA's peer challenge managers and administrators have a manager's calendar.");
        }
    }
}
