package uk.gov.lga.hub.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.audit.AuditTrail;

/** Reading a council's audit trail. There is no way to change it. */
@ApplicationScoped
public class AuditService {

    static final int MAX_ENTRIES = 500;

    @Inject
    CouncilDirectory councils;

    @Inject
    CouncilDataScope scope;

    @Inject
    AuditTrail trail;

    public List<AuditEntryView> trailOf(Caller caller, String councilCode) {
        Tenant tenant = Tenant.readerOf(caller, councils.byCode(councilCode));
        return scope.call(
                tenant,
                () -> trail.latest(MAX_ENTRIES).stream().map(AuditEntryView::of).toList());
    }
}
