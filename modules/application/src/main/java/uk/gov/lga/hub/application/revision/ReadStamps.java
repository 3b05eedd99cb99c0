package uk.gov.lga.hub.application.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.ChallengeAccess;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.PersistenceFailures;
import uk.gov.lga.hub.application.tenancy.Tenant;

/**
 * Names the version of an answer a caller may have, after the same access checks as reading it: the record's
 * revision and today's date (the answers say what is due and overdue). Two answers with the same stamp are the
 * same bytes, so an answer written once can be served again, and a stamp is an ETag. Nothing of a council's own
 * records is stamped outside a statement bound to that council. Each stamp is one statement and no transaction of
 * the application's own: on a kept answer it is all the database work there is.
 */
@ApplicationScoped
public class ReadStamps {

    @Inject
    ReadRevisions revisions;

    @Inject
    Clock clock;

    /** A challenge's detail, as {@code ChallengeService#challenge} would answer it: 404 when the caller may not. */
    public String challenge(Caller caller, long challengeId) {
        ChallengeRevision challenge = shared(caller, challengeId);
        ChallengeAccess.requireRead(caller, challenge.councilCode(), challenge.region(), user -> challenge.onTeam());
        return stamp("challenge", challengeId, challenge.revision());
    }

    /**
     * The challenge's action plan, as {@code ActionPlanService#plan} would answer it (404 when the caller may not
     * read the council's records); its stamp is read bound to that council, empty if the wall hides it.
     */
    public Optional<String> plan(Caller caller, long challengeId) {
        ChallengeRevision challenge = shared(caller, challengeId);
        Tenant tenant = Tenant.readerOf(caller, challenge.councilCode(), challenge.region());
        return translated(() -> revisions.plan(challengeId, tenant.councilCode().value()))
                .map(revision -> stamp("plan", challengeId, revision));
    }

    private ChallengeRevision shared(Caller caller, long challengeId) {
        return translated(() -> revisions.challenge(challengeId, caller.username()))
                .orElseThrow(() -> new NotFound("There is no peer challenge " + challengeId + "."));
    }

    /** A database that is away is told as the application tells it (503), as in a transaction of its own. */
    private static <T> T translated(Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException failure) {
            throw PersistenceFailures.translated(failure);
        }
    }

    private String stamp(String kind, long id, Object revision) {
        return kind + "-" + id + "-" + revision + "-" + LocalDate.now(clock);
    }
}
