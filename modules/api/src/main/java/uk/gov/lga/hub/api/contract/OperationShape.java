package uk.gov.lga.hub.api.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/** What an operation of the generated contract takes, which decides what it can refuse. */
record OperationShape(String path, PathItem.HttpMethod verb, Operation operation) {

    /** Bearer unless it states a requirement that names no scheme (the public reports). */
    boolean secured() {
        List<SecurityRequirement> security = operation.getSecurity();
        return security == null
                || security.isEmpty()
                || security.stream()
                        .anyMatch(s -> s.getSchemes() != null && !s.getSchemes().isEmpty());
    }

    boolean write() {
        return verb != PathItem.HttpMethod.GET;
    }

    boolean takesJson() {
        return bodyTypes().contains("application/json");
    }

    /** JSON or an upload read raw (evidence files, imported documents). */
    boolean takesBody() {
        return !bodyTypes().isEmpty();
    }

    boolean hasPathParameters() {
        return parameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    /** Query values the API converts or looks up (a flag is never refused: anything but "true" is false). */
    boolean hasQueryValues() {
        return parameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY && !isBoolean(p.getSchema()));
    }

    /** A search reads every query value as text and refuses what it cannot search for with 400, never 404 or 422. */
    boolean searches() {
        return path.endsWith("/search");
    }

    /** The administration endpoints change Keycloak (through the provisioner) before saving anything. */
    boolean changesIdentities() {
        return path.startsWith("/api/v1/admin/");
    }

    List<Parameter> parameters() {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private java.util.Set<String> bodyTypes() {
        return operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                ? java.util.Set.of()
                : operation.getRequestBody().getContent().getMediaTypes().keySet();
    }

    private static boolean isBoolean(Schema schema) {
        return schema != null && schema.getType() == Schema.SchemaType.BOOLEAN;
    }
}
