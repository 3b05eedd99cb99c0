package uk.gov.lga.hub.provisioning.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /faults}: arms the next change to fail. Served only when fault injection is switched on. */
@Path("/faults")
public final class FaultResource {

    private final FaultInjection faults;

    public FaultResource(FaultInjection faults) {
        this.faults = faults;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public void arm(ArmedFault body) {
        faults.armNext(body.next());
    }

    /** The checkpoint at which the next change fails. */
    record ArmedFault(String next) {}
}
