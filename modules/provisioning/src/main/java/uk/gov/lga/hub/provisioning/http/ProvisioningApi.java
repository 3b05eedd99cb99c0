package uk.gov.lga.hub.provisioning.http;

import jakarta.ws.rs.core.Application;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The provisioner's Jakarta REST application: the given resources, behind the shared-key check and the body limit,
 * answering JSON and, for every refusal or failure, a problem document.
 */
public final class ProvisioningApi extends Application {

    private final Set<Object> singletons;

    public ProvisioningApi(String key, List<Object> resources) {
        UnexpectedFailureMapper failures = new UnexpectedFailureMapper();
        List<Object> all = new ArrayList<>(resources);
        all.addAll(List.of(
                new SharedKeyCheck(key),
                new BodyLimit(),
                new NoStore(),
                new JsonBodies(),
                new JsonErrorMapper(),
                new UnmatchedRequestMapper(failures),
                failures));
        all.addAll(RefusalMappers.all());
        this.singletons = new LinkedHashSet<>(all);
    }

    // Instances, not classes: there is no CDI here, so this is how resources get their collaborators.
    @Override
    @SuppressWarnings("deprecation")
    public Set<Object> getSingletons() {
        return singletons;
    }
}
