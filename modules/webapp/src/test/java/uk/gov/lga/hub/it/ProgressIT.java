package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Principal advisers compare progress across councils and regions; a council's detail stays in its region. */
@ExtendWith(RunningStack.class)
class ProgressIT {

    private static final String COVENTRY = "E08000026";

    final URL base = RunningStack.appUrl();

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void anAdviserOfTheNorthEastCannotOpenAWestMidlandsCouncilButSeesItInTheNationalRollUp() throws Exception {
        String adviserNe = Tokens.of("adviser-ne");
        Api.Reply detail = api.get("api/v1/councils/" + COVENTRY + "/progress", adviserNe);
        // Another region's council reads as one that is not there (docs/security.md, "Hidden reads as missing").
        assertEquals(404, detail.status(), detail.body());
        assertTrue(detail.isProblem());
        assertEquals(api.get("api/v1/councils/E99999999/progress", adviserNe).body(), detail.body());
        Api.Reply national = api.get("api/v1/progress/national?councils=true", adviserNe);
        assertEquals(200, national.status(), national.body());
        JsonObject coventry = councilLine(national.json().asJsonObject(), COVENTRY);
        assertEquals(
                10, coventry.getJsonObject("latest").getJsonObject("counts").getInt("recommendations"));
        assertTrue(
                national.json().asJsonObject().getJsonArray("parts").stream()
                        .anyMatch(p -> p.asJsonObject().getString("label").equals("West Midlands")),
                "regions rolled up");
        assertEquals(
                200,
                api.get("api/v1/councils/" + COVENTRY + "/progress", Tokens.of("adviser-wm"))
                        .status(),
                "its own region's adviser opens it");
        assertEquals(
                403,
                api.get("api/v1/progress/national", Tokens.of("coventry-editor"))
                        .status(),
                "dashboards are for advisers and the LGA");
    }

    @Test
    void aCouncilsNumbersOnTheDashboardEqualItsOwnPageAndItsActionPlan() throws Exception {
        String adviser = Tokens.of("adviser-wm");
        JsonObject own = api.get("api/v1/councils/" + COVENTRY + "/progress", adviser)
                .json()
                .asJsonObject();
        JsonObject latest = own.getJsonArray("challenges").getJsonObject(0);
        JsonObject region =
                api.get("api/v1/progress/regions/west-midlands", adviser).json().asJsonObject();
        JsonObject line = councilLine(region, COVENTRY).getJsonObject("latest");
        assertEquals(latest.getJsonObject("counts"), line.getJsonObject("counts"));

        long challenge =
                latest.getJsonObject("challenge").getJsonNumber("challengeId").longValue();
        JsonObject plan =
                api.get("api/v1/action-plans/" + challenge, adviser).json().asJsonObject();
        List<JsonObject> actions = plan.getJsonArray("recommendations").stream()
                .flatMap(r -> r.asJsonObject().getJsonArray("actions").stream())
                .map(JsonValue::asJsonObject)
                .toList();
        JsonObject counts = latest.getJsonObject("counts");
        assertEquals(actions.size(), counts.getInt("actions"));
        assertEquals(
                actions.stream()
                        .filter(a -> a.getString("status").equals("COMPLETE"))
                        .count(),
                counts.getInt("complete"));
        assertEquals(
                plan.getJsonArray("recommendations").stream()
                        .filter(r -> r.asJsonObject().containsKey("response"))
                        .count(),
                counts.getInt("responded"));
    }

    @Test
    void daysSinceAnUpdateOnTheRegionsLineCountTheCouncilsLatestUpdateOnAnyOfItsChallenges() throws Exception {
        String adviser = Tokens.of("adviser-wm");
        JsonObject own = api.get("api/v1/councils/" + COVENTRY + "/progress", adviser)
                .json()
                .asJsonObject();
        JsonObject the2024 = own.getJsonArray("challenges").stream()
                .map(JsonValue::asJsonObject)
                .filter(c ->
                        c.getJsonObject("challenge").getString("onSiteStart").equals("2024-01-15"))
                .findFirst()
                .orElseThrow();
        long challenge =
                the2024.getJsonObject("challenge").getJsonNumber("challengeId").longValue();
        JsonObject answered = api
                .get("api/v1/action-plans/" + challenge, adviser)
                .json()
                .asJsonObject()
                .getJsonArray("recommendations")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> !r.getJsonArray("actions").isEmpty())
                .findFirst()
                .orElseThrow();
        Api.Reply update = api.send(
                "POST",
                "api/v1/recommendations/" + answered.getJsonNumber("recommendationId") + "/response/actions/"
                        + answered.getJsonArray("actions").getJsonObject(0).getJsonNumber("id") + "/updates",
                Tokens.of("coventry-editor"),
                "{\"narrative\":\"Reported to Scrutiny.\"}");
        assertEquals(201, update.status(), update.body());

        // Other suites may have issued Coventry a newer challenge with no plan yet: the update still counts.
        JsonObject line = councilLine(
                        api.get("api/v1/progress/regions/west-midlands", adviser)
                                .json()
                                .asJsonObject(),
                        COVENTRY)
                .getJsonObject("latest");
        assertEquals(0, line.getJsonNumber("daysSinceLastUpdate").longValue(), line.toString());
    }

    @Test
    void theExportsMatchTheApisNumbers() throws Exception {
        String adviser = Tokens.of("adviser-wm");
        JsonObject national = api.get("api/v1/progress/national?councils=true", adviser)
                .json()
                .asJsonObject();
        JsonObject counts =
                councilLine(national, COVENTRY).getJsonObject("latest").getJsonObject("counts");

        HttpResponse<byte[]> xlsx = api.download("api/v1/progress/national/export.xlsx", adviser);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(
                    List.of("Roll-up", "Councils", "Themes", "Updates per month"),
                    List.of(
                            workbook.getSheetName(0),
                            workbook.getSheetName(1),
                            workbook.getSheetName(2),
                            workbook.getSheetName(3)));
            Sheet councils = workbook.getSheet("Councils");
            DataFormatter text = new DataFormatter();
            Row header = councils.getRow(0);
            Row coventry = null;
            for (Row row : councils) {
                if (text.formatCellValue(row.getCell(1)).equals(COVENTRY)) {
                    coventry = row;
                }
            }
            assertEquals(counts.getInt("actions"), (int)
                    coventry.getCell(column(header, "Actions")).getNumericCellValue());
            assertEquals(counts.getInt("complete"), (int)
                    coventry.getCell(column(header, "Complete")).getNumericCellValue());
            Sheet rollUp = workbook.getSheet("Roll-up");
            Row england = rollUp.getRow(rollUp.getLastRowNum());
            assertEquals("England", text.formatCellValue(england.getCell(0)));
            assertEquals(national.getJsonObject("total").getJsonObject("counts").getInt("actions"), (int)
                    england.getCell(column(rollUp.getRow(0), "Actions")).getNumericCellValue());
        }

        HttpResponse<byte[]> csv = api.download("api/v1/progress/national/export.csv", adviser);
        String body = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        CSVRecord coventry =
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(body))
                        .stream()
                        .filter(r -> r.get("Code").equals(COVENTRY))
                        .findFirst()
                        .orElseThrow();
        assertEquals(String.valueOf(counts.getInt("actions")), coventry.get("Actions"));
        assertEquals(String.valueOf(counts.getInt("recommendations")), coventry.get("Recommendations"));
    }

    @Test
    void filtersNarrowTheRollUpByCouncilTypeYearAndTheme() throws Exception {
        String adviser = Tokens.of("adviser-wm");
        JsonObject all = api.get("api/v1/progress/national", adviser).json().asJsonObject();
        JsonObject y2024 =
                api.get("api/v1/progress/national?year=2024", adviser).json().asJsonObject();
        JsonObject counties =
                api.get("api/v1/progress/national?type=COUNTY", adviser).json().asJsonObject();
        JsonObject finance = api.get("api/v1/progress/national?theme=financial-planning-and-management", adviser)
                .json()
                .asJsonObject();
        assertTrue(
                y2024.getJsonObject("total").getInt("challenges")
                        < all.getJsonObject("total").getInt("challenges"),
                "the 2018 challenge is left out");
        assertEquals(0, counties.getJsonObject("total").getInt("challenges"), "the demo councils are metropolitan");
        assertTrue(finance.getJsonObject("total").getJsonObject("counts").getInt("recommendations")
                < all.getJsonObject("total").getJsonObject("counts").getInt("recommendations"));
        assertEquals(
                422, api.get("api/v1/progress/national?type=PARISH", adviser).status());
    }

    private static JsonObject councilLine(JsonObject dashboard, String code) {
        return dashboard.getJsonArray("councils").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static int column(Row header, String name) {
        DataFormatter text = new DataFormatter();
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (text.formatCellValue(header.getCell(i)).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
