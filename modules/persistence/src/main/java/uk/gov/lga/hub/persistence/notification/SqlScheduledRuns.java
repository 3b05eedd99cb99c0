package uk.gov.lga.hub.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import uk.gov.lga.hub.application.notification.ScheduledRuns;
import uk.gov.lga.hub.persistence.tenancy.EclipseLinkTenantBinding;

/** The V19 migration's claims; each in a transaction of its own, committed before the caller starts the work. */
@ApplicationScoped
public class SqlScheduledRuns implements ScheduledRuns {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day, String instance, Duration lease) {
        Object claimed = em.createNativeQuery("select claim_scheduled_run(?1, ?2, ?3, ?4)")
                .setParameter(1, job)
                .setParameter(2, java.sql.Date.valueOf(day))
                .setParameter(3, instance)
                .setParameter(4, Math.toIntExact(lease.toSeconds()))
                .setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true)
                .getSingleResult();
        return Boolean.TRUE.equals(claimed);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(String job, LocalDate day, String instance) {
        em.createNativeQuery("update scheduled_run set finished_at = clock_timestamp()"
                        + " where job = ?1 and day = ?2 and claimed_by = ?3")
                .setParameter(1, job)
                .setParameter(2, java.sql.Date.valueOf(day))
                .setParameter(3, instance)
                .setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true)
                .executeUpdate();
    }
}
