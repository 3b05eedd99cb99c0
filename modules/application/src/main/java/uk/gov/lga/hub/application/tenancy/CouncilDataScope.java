package uk.gov.lga.hub.application.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * The only way into a council's own data: runs the work in a transaction of its own, bound to the tenant
 * before anything else happens in it. Whatever the work queries, it sees that council's rows and no other's.
 */
@ApplicationScoped
public class CouncilDataScope {

    @Inject
    TenantBinding binding;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T call(Tenant tenant, Supplier<T> work) {
        binding.bind(tenant.councilCode());
        return work.get();
    }
}
