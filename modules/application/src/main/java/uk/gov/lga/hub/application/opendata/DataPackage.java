package uk.gov.lga.hub.application.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The open data described as a Frictionless Tabular Data Package (https://specs.frictionlessdata.io/): one
 * tabular data resource per table, each with its path relative to the descriptor ({@code recommendations.csv}),
 * its CSV dialect and its Table Schema, under the Open Government Licence v3.0. Also each table as JSON: an array
 * of objects keyed by the schema's field names.
 */
public final class DataPackage {

    public static final String NAME = "peer-challenge-hub-open-data";
    public static final String LICENCE_NAME = "OGL-UK-3.0";
    public static final String LICENCE_PATH =
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    public static final String LICENCE_TITLE = "Open Government Licence v3.0";

    private DataPackage() {}

    public static JsonObject describe(List<OpenDataTable> tables) {
        JsonArrayBuilder resources = Json.createArrayBuilder();
        tables.forEach(t -> resources.add(resource(t)));
        return Json.createObjectBuilder()
                .add("profile", "tabular-data-package")
                .add("name", NAME)
                .add("title", "Corporate Peer Challenge recommendations, responses and progress reviews")
                .add(
                        "description",
                        "The key recommendations of published Corporate Peer Challenge feedback reports, the"
                                + " councils' responses as their action plans were published and the ratings of"
                                + " published progress review reports. Only what has been published appears."
                                + " Each table is also served as JSON beside its CSV (recommendations.json, …).")
                .add(
                        "licenses",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", LICENCE_NAME)
                                        .add("path", LICENCE_PATH)
                                        .add("title", LICENCE_TITLE)))
                .add(
                        "sources",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("title", "Local Government Association, Peer Challenge Hub")))
                .add(
                        "keywords",
                        Json.createArrayBuilder().add("local government").add("peer challenge"))
                .add("resources", resources)
                .build();
    }

    private static JsonObjectBuilder resource(OpenDataTable t) {
        return Json.createObjectBuilder()
                .add("profile", "tabular-data-resource")
                .add("name", t.name())
                .add("path", t.name() + ".csv")
                .add("title", t.title())
                .add("description", t.description())
                .add("format", "csv")
                .add("mediatype", "text/csv")
                .add("encoding", "utf-8")
                .add(
                        "dialect",
                        Json.createObjectBuilder()
                                .add("delimiter", ",")
                                .add("lineTerminator", "\r\n")
                                .add("quoteChar", "\"")
                                .add("doubleQuote", true)
                                .add("header", true))
                .add("schema", schema(t));
    }

    static JsonObject schema(OpenDataTable t) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (OpenDataTable.Field f : t.fields()) {
            JsonObjectBuilder field = Json.createObjectBuilder()
                    .add("name", f.name())
                    .add("type", f.type().schemaName())
                    .add("description", f.description());
            if (f.format() != null) {
                field.add("format", f.format());
            }
            JsonObjectBuilder constraints = Json.createObjectBuilder();
            boolean any = false;
            if (f.required()) {
                constraints.add("required", true);
                any = true;
            }
            if (!f.values().isEmpty()) {
                constraints.add("enum", Json.createArrayBuilder(f.values()));
                any = true;
            }
            if (f.pattern() != null) {
                constraints.add("pattern", f.pattern());
                any = true;
            }
            if (any) {
                field.add("constraints", constraints);
            }
            fields.add(field);
        }
        JsonArrayBuilder foreignKeys = Json.createArrayBuilder();
        for (OpenDataTable.ForeignKey k : t.foreignKeys()) {
            foreignKeys.add(Json.createObjectBuilder()
                    .add("fields", Json.createArrayBuilder(k.fields()))
                    .add(
                            "reference",
                            Json.createObjectBuilder()
                                    .add("resource", k.resource())
                                    .add("fields", Json.createArrayBuilder(k.referencedFields()))));
        }
        return Json.createObjectBuilder()
                .add("fields", fields)
                .add("missingValues", Json.createArrayBuilder().add(""))
                .add("primaryKey", Json.createArrayBuilder(t.primaryKey()))
                .add("foreignKeys", foreignKeys)
                .build();
    }

    /** The table as JSON: one object per row, keyed by field name, a missing value as null. */
    public static JsonArray rowsAsJson(OpenDataTable t) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (List<Object> row : t.rows()) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (int i = 0; i < row.size(); i++) {
                String name = t.fields().get(i).name();
                Object cell = row.get(i);
                if (cell == null) {
                    object.addNull(name);
                } else if (cell instanceof Integer n) {
                    object.add(name, n);
                } else if (cell instanceof Long n) {
                    object.add(name, n);
                } else if (cell instanceof Double n) {
                    object.add(name, n);
                } else if (cell instanceof LocalDate d) {
                    object.add(name, d.toString());
                } else {
                    object.add(name, cell.toString());
                }
            }
            rows.add(object);
        }
        return rows.build();
    }
}
