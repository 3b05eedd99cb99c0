package uk.gov.lga.hub.persistence.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import uk.gov.lga.hub.application.tenancy.TeamBinding;

/**
 * Sets {@code app.peer_challenge} for the current transaction only (never a session SET: connections are pooled),
 * the one setting the peer notes' row-level-security policy accepts.
 */
@ApplicationScoped
public class PostgresTeamBinding implements TeamBinding {

    private static final String BOUND = PostgresTeamBinding.class.getName() + ".bound";

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Override
    public void bindTeam(long challengeId) {
        if (transaction.getTransactionKey() == null) {
            throw new IllegalStateException("A team's notes are only reached inside a transaction");
        }
        Object bound = transaction.getResource(BOUND);
        if (bound != null) {
            if (!bound.equals(challengeId)) {
                throw new IllegalStateException("This transaction is already bound to another challenge's team");
            }
            return;
        }
        em.createNativeQuery("select set_config('app.peer_challenge', ?1, true)")
                .setParameter(1, Long.toString(challengeId))
                .setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true)
                .getSingleResult();
        transaction.putResource(BOUND, challengeId);
    }
}
