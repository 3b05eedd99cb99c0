package uk.gov.lga.hub.application.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataPackageTest {

    private static final PublishedRecords.Recommendation RECOMMENDATION = new PublishedRecords.Recommendation(
            70L,
            "E08000026",
            "Coventry City Council",
            "METROPOLITAN_DISTRICT",
            "west-midlands",
            "West Midlands",
            LocalDate.of(2024, 1, 15),
            LocalDate.of(2024, 1, 18),
            LocalDate.of(2024, 6, 3),
            "https://example.org/report",
            1,
            "2.1",
            "Title",
            "Text, with a comma",
            null,
            null);

    private static final List<OpenDataTable> TABLES = List.of(
            OpenData.recommendationsOf(List.of(RECOMMENDATION)),
            OpenData.responsesOf(List.of(new PublishedRecords.Answer(
                    70L, "2.1", "ACCEPTED", 3, 0, 2, 1, 0, LocalDate.of(2024, 6, 3), "RECORDED_RESPONSE"))),
            OpenData.progressRatingsOf(List.of(new PublishedRecords.Rating(
                    70L, "2.1", "GREEN", LocalDate.of(2025, 2, 10), 71L, LocalDate.of(2025, 2, 26)))));

    @Test
    void theDescriptorIsATabularDataPackageUnderTheOpenGovernmentLicence() {
        JsonObject descriptor = DataPackage.describe(TABLES);
        assertEquals("tabular-data-package", descriptor.getString("profile"));
        assertTrue(descriptor.getString("name").matches("[a-z0-9._-]+"));
        JsonObject licence = descriptor.getJsonArray("licenses").getJsonObject(0);
        assertEquals("OGL-UK-3.0", licence.getString("name"));
        assertEquals(
                "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                licence.getString("path"));
        assertEquals("Open Government Licence v3.0", licence.getString("title"));
    }

    @Test
    void eachResourceHasARelativeCsvPathAndASchemaWhoseFieldsAreTheTablesColumnsInOrder() {
        JsonArray resources = DataPackage.describe(TABLES).getJsonArray("resources");
        assertEquals(3, resources.size());
        for (int i = 0; i < TABLES.size(); i++) {
            JsonObject resource = resources.getJsonObject(i);
            OpenDataTable table = TABLES.get(i);
            assertEquals(table.name() + ".csv", resource.getString("path"));
            assertFalse(resource.getString("path").contains("/"));
            assertEquals("csv", resource.getString("format"));
            assertEquals("text/csv", resource.getString("mediatype"));
            assertEquals("utf-8", resource.getString("encoding"));
            JsonObject schema = resource.getJsonObject("schema");
            assertEquals(
                    table.fieldNames(),
                    schema.getJsonArray("fields").stream()
                            .map(f -> f.asJsonObject().getString("name"))
                            .toList());
            assertEquals(
                    List.of("recommendation_key"),
                    schema.getJsonArray("primaryKey").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList());
        }
        JsonObject foreignKey = resources
                .getJsonObject(1)
                .getJsonObject("schema")
                .getJsonArray("foreignKeys")
                .getJsonObject(0);
        assertEquals("recommendations", foreignKey.getJsonObject("reference").getString("resource"));
    }

    @Test
    void enumeratedFieldsCarryTheirAllowedValues() {
        JsonObject rag = DataPackage.describe(TABLES)
                .getJsonArray("resources")
                .getJsonObject(2)
                .getJsonObject("schema")
                .getJsonArray("fields")
                .getJsonObject(1);
        assertEquals("rag", rag.getString("name"));
        assertEquals(
                List.of("RED", "AMBER", "GREEN"),
                rag.getJsonObject("constraints").getJsonArray("enum").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
    }

    @Test
    void theJsonOfATableUsesTheSameFieldNamesWithNumbersAsNumbersAndMissingValuesAsNull() {
        JsonObject row = DataPackage.rowsAsJson(TABLES.get(0)).getJsonObject(0);
        assertEquals(TABLES.get(0).fieldNames(), List.copyOf(row.keySet()));
        assertEquals("70-2.1", row.getString("recommendation_key"));
        assertEquals(70, row.getInt("publication_id"));
        assertEquals("2024-06-03", row.getString("report_published_on"));
        assertTrue(row.isNull("theme_codes"));
    }
}
