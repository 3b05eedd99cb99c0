package uk.gov.lga.hub.persistence.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.council.register.CouncilRegisterChange;
import uk.gov.lga.hub.domain.council.register.RegisterLoad;
import uk.gov.lga.hub.domain.council.register.RegisterLoads;
import uk.gov.lga.hub.persistence.tenancy.EclipseLinkTenantBinding;

@ApplicationScoped
public class JpaRegisterLoads implements RegisterLoads {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public void add(RegisterLoad load) {
        em.persist(load);
        em.flush();
    }

    /** A transaction-level advisory lock, released at commit or rollback; its key is this class's own. */
    @Override
    public void waitForOtherConfirmations() {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('council_register'))) locked")
                .setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true)
                .getSingleResult();
    }

    @Override
    public Optional<RegisterLoad> find(long id) {
        return Optional.ofNullable(em.find(RegisterLoad.class, id));
    }

    @Override
    public void record(CouncilRegisterChange change) {
        em.persist(change);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<CouncilRegisterChange> changesOf(long loadId) {
        return em.createQuery(
                        "select c from CouncilRegisterChange c where c.loadId = :load order by c.id",
                        CouncilRegisterChange.class)
                .setParameter("load", loadId)
                .getResultList();
    }
}
