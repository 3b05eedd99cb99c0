package uk.gov.lga.hub.application.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.ChallengeAccess;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;

/**
 * Names the version of an answer a caller may have, after the same access checks as reading it: the record's
 * revision and today's date (the answers say what is due and overdue). Two answers with the same stamp are the
 * same bytes, so an answer written once can be served again, and a stamp is an ETag. Nothing of a council's own
 * records is stamped outside a transaction bound to that council.
 */
@ApplicationScoped
public class ReadStamps {

    @Inject
    ReadRevisions revisions;

    @Inject
    CouncilDataScope scope;

    @Inject
    Clock clock;

    /** A challenge's detail, as {@code ChallengeService#challenge} would answer it: 404 when the caller may not. */
    @Transactional
    public String challenge(Caller caller, long challengeId) {
        ChallengeRevision challenge = shared(caller, challengeId);
        ChallengeAccess.requireRead(caller, challenge.councilCode(), challenge.region(), user -> challenge.onTeam());
        return stamp("challenge", challengeId, challenge.revision());
    }

    /**
     * The challenge's action plan, as {@code ActionPlanService#plan} would answer it (404 when the caller may not
     * read the council's records); its stamp is read in the council's transaction, empty if the wall hides it.
     */
    public Optional<String> plan(Caller caller, long challengeId) {
        ChallengeRevision challenge = shared(caller, challengeId);
        Tenant tenant = Tenant.readerOf(caller, challenge.councilCode(), challenge.region());
        return scope.call(tenant, () -> revisions.plan(challengeId))
                .map(revision -> stamp("plan", challengeId, revision));
    }

    private ChallengeRevision shared(Caller caller, long challengeId) {
        return revisions
                .challenge(challengeId, caller.username())
                .orElseThrow(() -> new NotFound("There is no peer challenge " + challengeId + "."));
    }

    private String stamp(String kind, long id, Object revision) {
        return kind + "-" + id + "-" + revision + "-" + LocalDate.now(clock);
    }
}
