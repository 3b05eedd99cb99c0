package uk.gov.lga.hub.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.gov.lga.hub.application.demo.DemoActionPlanLoader;
import uk.gov.lga.hub.application.demo.DemoDataLoader;
import uk.gov.lga.hub.application.demo.DemoInFlightLoader;
import uk.gov.lga.hub.persistence.migration.SchemaMigration;

/** At deployment: migrate the schema first, then (only where asked for) load the demo data. */
@ApplicationScoped
public class ApplicationStartup {

    @Inject
    SchemaMigration schema;

    @Inject
    DemoDataLoader demoData;

    @Inject
    DemoActionPlanLoader demoActionPlan;

    @Inject
    DemoInFlightLoader demoInFlight;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        schema.migrate();
        demoData.loadIfEnabled();
        demoActionPlan.loadIfEnabled();
        demoInFlight.loadIfEnabled();
    }
}
