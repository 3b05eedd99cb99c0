package uk.gov.lga.hub.application.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import uk.gov.lga.hub.application.shared.PersistenceFailures;

/**
 * The only way into a peer team's private records (its notes): a transaction of its own, bound to one challenge's
 * team before anything else runs in it. Bound to no council, it sees no council's own data either.
 */
@ApplicationScoped
public class TeamDataScope {

    @Inject
    Transaction transaction;

    /** Callers check that the caller is on the challenge's team first (see {@code PeerWorkspace}). */
    public <T> T call(long challengeId, Supplier<T> work) {
        try {
            return transaction.run(challengeId, work);
        } catch (RuntimeException failure) {
            throw PersistenceFailures.translated(failure);
        }
    }

    /** A bean of its own so that the container starts the transaction around it. */
    @ApplicationScoped
    public static class Transaction {

        @Inject
        TeamBinding binding;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public <T> T run(long challengeId, Supplier<T> work) {
            binding.bindTeam(challengeId);
            return work.get();
        }
    }
}
