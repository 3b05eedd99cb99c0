package uk.gov.lga.hub.api.contract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the contract Payara generates from the resources ({@code mp.openapi.filter}): what annotations cannot
 * say once for all operations. docs/api/openapi.yaml is what this serves; OpenApiContractIT keeps the two equal.
 */
public class HubContract implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Problems.define(openApi.getComponents());
        openApi.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations()
                        .forEach((verb, operation) -> Problems.document(new OperationShape(path, verb, operation))));
        // Payara names the host and port that served the document; clients resolve paths against wherever they
        // fetched it from, behind a proxy as well.
        openApi.setServers(
                List.of(OASFactory.createServer().url("/").description("The host that serves this document")));
        dropPayaraEndpoints(openApi);
    }

    /**
     * A {@code @Schema} annotation makes Payara write every member it leaves at its default ({@code nullable: false},
     * {@code maxProperties: 0}, …); the last would even say "no properties". Unset, they mean what the defaults do.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        unset(false, schema::getExclusiveMaximum, schema::setExclusiveMaximum);
        unset(false, schema::getExclusiveMinimum, schema::setExclusiveMinimum);
        unset(false, schema::getUniqueItems, schema::setUniqueItems);
        unset(false, schema::getNullable, schema::setNullable);
        unset(false, schema::getReadOnly, schema::setReadOnly);
        unset(false, schema::getWriteOnly, schema::setWriteOnly);
        unset(false, schema::getDeprecated, schema::setDeprecated);
        unset(0, schema::getMinLength, schema::setMinLength);
        unset(0, schema::getMinProperties, schema::setMinProperties);
        unset(0, schema::getMaxProperties, schema::setMaxProperties);
        return schema;
    }

    private static <T> void unset(T annotationDefault, Supplier<T> get, Consumer<T> set) {
        if (annotationDefault.equals(get.get())) {
            set.accept(null);
        }
    }

    /**
     * Payara 6 adds a top-level member {@code endpoints} of its own, which OpenAPI does not allow (later Payara
     * versions rename it {@code x-endpoints}). There is no setting to turn it off; an empty one is not written.
     */
    private static void dropPayaraEndpoints(OpenAPI openApi) {
        try {
            openApi.getClass().getMethod("setEndpoints", Map.class).invoke(openApi, new TreeMap<>());
        } catch (ReflectiveOperationException notThere) {
            // another implementation or version: nothing to drop
        }
    }
}
