package uk.gov.lga.hub.application.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** A transaction of its own, bound to the tenant before anything else runs in it. Only {@link CouncilDataScope} calls it. */
@ApplicationScoped
public class TenantTransaction {

    @Inject
    TenantBinding binding;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Tenant tenant, Supplier<T> work) {
        binding.bind(tenant.councilCode().value());
        return work.get();
    }
}
