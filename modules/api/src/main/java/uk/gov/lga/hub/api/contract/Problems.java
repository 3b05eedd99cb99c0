package uk.gov.lga.hub.api.contract;

import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import uk.gov.lga.hub.api.problem.Problem;

/**
 * The problem documents (RFC 9457) the API answers with, as the mappers in {@code api.problem} write them, and
 * which of them each operation can get: derived from its shape (secured, path parameters, a body, a write), so no
 * resource repeats them. A status is listed only where the code can answer it.
 */
final class Problems {

    private static final String SCHEMA = "Problem";

    enum Refusal {
        BAD_REQUEST(
                400,
                "BadRequest",
                s -> s.takesJson() || s.searches(),
                "`unreadable-body`: the body is not UTF-8, not well-formed JSON, or not JSON of this operation's "
                        + "shape (types, `yyyy-mm-dd` dates, enum values); `unreadable-search`: a search's words or "
                        + "filters cannot be searched for as given (`detail` says why); "
                        + "`conflict-override-reason-required`: a `conflictOverride` without its `reason`."),
        UNAUTHORIZED(
                401,
                "Unauthorized",
                OperationShape::secured,
                "`unauthorized`: no bearer token, or one that is malformed, expired, signed by another key or from "
                        + "another realm."),
        FORBIDDEN(
                403,
                "Forbidden",
                OperationShape::secured,
                "`forbidden`: the caller's role, council or region does not allow this."),
        NOT_FOUND(
                404,
                "NotFound",
                s -> s.hasPathParameters() || (s.hasQueryValues() && !s.searches()),
                "`not-found`: nothing is there, or nothing this caller may know of (the two read exactly alike); "
                        + "also a path or query value of the wrong type."),
        CONFLICT(
                409,
                "Conflict",
                OperationShape::write,
                "`stale-version`: changed since the version sent (`current` holds the record as it is now); "
                        + "`concurrent-change`: changed at the same moment; `status-move-not-allowed`: the status "
                        + "does not allow this now (`currentStatus`, `requestedStatus`, `allowedMoves`); "
                        + "`peer-conflict-of-interest`: the peer has conflicts of interest (`conflicts`, each with "
                        + "`reason` and `detail`), to be overridden with a `conflictOverride` and its `reason`."),
        CONTENT_TOO_LARGE(
                413,
                "ContentTooLarge",
                OperationShape::takesBody,
                "`body-too-large` (JSON over `hub.api.max-json-bytes`), `evidence-too-large`, `import-too-large`, "
                        + "`import-text-too-large`: `limit` or `rule` says which; nothing was stored."),
        UNSUPPORTED_MEDIA_TYPE(
                415,
                "UnsupportedMediaType",
                OperationShape::takesJson,
                "`unsupported-media-type`, `unsupported-charset`: the body is not `application/json` in UTF-8."),
        UNPROCESSABLE_CONTENT(
                422,
                "UnprocessableContent",
                s -> s.write() || (s.hasQueryValues() && !s.searches()),
                "A rule refused the request, named by `rule` (e.g. `visit-end-before-start`); also `body-required`, "
                        + "`text-too-long` (`field`, `limit`), `body-too-deep`, `if-match-not-a-version`."),
        INTERNAL_SERVER_ERROR(
                500,
                "InternalServerError",
                s -> true,
                "`internal-error`: a fault on our side; `incident` is its id in the server log."),
        BAD_GATEWAY(
                502,
                "BadGateway",
                OperationShape::changesIdentities,
                "`identity-provider-failed`: Keycloak could not make the change; nothing was saved, so the same "
                        + "request may be sent again."),
        SERVICE_UNAVAILABLE(
                503,
                "ServiceUnavailable",
                s -> true,
                "`the-service-is-briefly-unavailable`: the database is not answering; try again after "
                        + "`Retry-After` seconds.");

        final int status;
        final String name;
        final Predicate<OperationShape> appliesTo;
        final String description;

        Refusal(int status, String name, Predicate<OperationShape> appliesTo, String description) {
            this.status = status;
            this.name = name;
            this.appliesTo = appliesTo;
            this.description = description;
        }
    }

    private Problems() {}

    /** The Problem schema and one named response per refusal, for operations to refer to. */
    static void define(Components components) {
        components.addSchema(SCHEMA, problemSchema());
        for (Refusal refusal : Refusal.values()) {
            var response = OASFactory.createAPIResponse()
                    .description(refusal.description)
                    .content(OASFactory.createContent()
                            .addMediaType(
                                    Problem.MEDIA_TYPE,
                                    OASFactory.createMediaType()
                                            .schema(OASFactory.createSchema().ref(SCHEMA))));
            if (refusal == Refusal.UNAUTHORIZED) {
                response.addHeader("WWW-Authenticate", header("`Bearer realm=\"lga\"`"));
            } else if (refusal == Refusal.SERVICE_UNAVAILABLE) {
                response.addHeader("Retry-After", header("Seconds to wait before sending the request again"));
            }
            components.addResponse(refusal.name, response);
        }
    }

    /** Refers the operation to each refusal its shape can meet, and says what If-Match means where it is taken. */
    static void document(OperationShape shape) {
        var responses = shape.operation().getResponses();
        for (Refusal refusal : Refusal.values()) {
            String status = Integer.toString(refusal.status);
            if (refusal.appliesTo.test(shape) && !responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(refusal.name));
            }
        }
        shape.parameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))
                .forEach(p -> p.description("The `version` this change is based on, as the last read gave it "
                        + "(`\"7\"`, `W/\"7\"` or `7`). Optional; if the record has changed since, 409 "
                        + "`stale-version` with `current`."));
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().type(SchemaType.STRING));
    }

    /** What every mapper writes (Problem.body), and the extension members some add. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description("An RFC 9457 problem document; never a stack trace.")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        string("A stable URI per kind of problem: "
                                        + Problem.type("").toString() + "<slug> (docs/api.md lists them).")
                                .format("uri"))
                .addProperty("title", string("A short summary of the kind of problem."))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status, repeated."))
                .addProperty("detail", string("What went wrong with this request, for a person to read."))
                .addProperty("rule", string("The rule that refused the request (422, 413)."))
                .addProperty("field", string("The body member that broke a limit."))
                .addProperty(
                        "limit",
                        OASFactory.createSchema()
                                .type(SchemaType.INTEGER)
                                .format("int64")
                                .description("The limit that was broken: bytes or characters."))
                .addProperty(
                        "current",
                        OASFactory.createSchema()
                                .type(SchemaType.OBJECT)
                                .description("The record as it is now (409 `stale-version`)."))
                .addProperty("currentStatus", string("The challenge's status (409 `status-move-not-allowed`)."))
                .addProperty("requestedStatus", string("The status asked for."))
                .addProperty(
                        "allowedMoves",
                        OASFactory.createSchema()
                                .type(SchemaType.ARRAY)
                                .items(OASFactory.createSchema().type(SchemaType.STRING))
                                .description("The statuses the challenge may move to now."))
                .addProperty("incident", string("The id of a 500 in the server log."));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description);
    }
}
