package uk.gov.lga.hub.application.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import uk.gov.lga.hub.application.shared.PersistenceFailures;

/**
 * The only way into a council's own data: runs the work in a transaction of its own, bound to the tenant
 * before anything else happens in it. Whatever the work queries, it sees that council's rows and no other's.
 * A save that met another in the database, even at commit, comes out as a
 * {@link uk.gov.lga.hub.application.shared.ConcurrentChange}.
 */
@ApplicationScoped
public class CouncilDataScope {

    @Inject
    TenantTransaction transaction;

    public <T> T call(Tenant tenant, Supplier<T> work) {
        try {
            return transaction.run(tenant, work);
        } catch (RuntimeException failure) {
            throw PersistenceFailures.translated(failure);
        }
    }
}
