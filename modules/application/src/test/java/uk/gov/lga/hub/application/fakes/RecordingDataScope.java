package uk.gov.lga.hub.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;

/**
 * The real {@link CouncilDataScope} (it binds the tenant, then runs the work), wrapped in what the container
 * adds: a unit of work of its own that is written when the work returns and rolled back when it throws. Records
 * every tenant it was entered with, so a test can tell which council's data a call touched, or that it touched
 * none.
 */
public final class RecordingDataScope extends CouncilDataScope {

    private final InMemoryHub hub;
    private final List<Tenant> entered = new ArrayList<>();

    RecordingDataScope(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public <T> T call(Tenant tenant, Supplier<T> work) {
        entered.add(tenant);
        return unrecorded(tenant, () -> super.call(tenant, work));
    }

    <T> T unrecorded(Tenant tenant, Supplier<T> work) {
        String outer = hub.binding().orElse(null);
        InMemoryHub.UnitOfWork unit = hub.begin();
        try {
            hub.rebind(tenant.councilCode().value());
            T result = work.get();
            hub.flush();
            return result;
        } catch (RuntimeException e) {
            hub.rollback(unit);
            throw e;
        } finally {
            hub.rebind(outer);
        }
    }

    /** Every tenant a service entered council data with, in order. */
    public List<Tenant> entered() {
        return List.copyOf(entered);
    }

    /** The councils whose data was entered, in order. */
    public List<String> councilsEntered() {
        return entered.stream().map(t -> t.councilCode().value()).toList();
    }
}
