package uk.gov.lga.hub.persistence.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import uk.gov.lga.hub.application.tenancy.TenantBinding;

/**
 * Binds the current JTA transaction to a council in both walls: EclipseLink's tenant property on the
 * transaction's persistence context, and PostgreSQL's transaction-local {@code app.tenant} on its connection
 * (never a session SET: connections are pooled). Both end with the transaction.
 */
@ApplicationScoped
public class EclipseLinkTenantBinding implements TenantBinding {

    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
    public static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";
    private static final String BOUND = EclipseLinkTenantBinding.class.getName() + ".bound";

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Override
    public void bind(String councilCode) {
        if (transaction.getTransactionKey() == null) {
            throw new IllegalStateException("Council data is only reached inside a transaction");
        }
        Object bound = transaction.getResource(BOUND);
        if (bound != null) {
            if (!bound.equals(councilCode)) {
                throw new IllegalStateException("This transaction is already bound to another council");
            }
            return;
        }
        em.setProperty(TENANT_PROPERTY, councilCode);
        em.createNativeQuery("select set_config('app.tenant', ?1, true)")
                .setParameter(1, councilCode)
                .setHint(ALLOW_NATIVE_SQL, true)
                .getSingleResult();
        transaction.putResource(BOUND, councilCode);
    }
}
