package uk.gov.lga.hub.application.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenDataCsvTest {

    private static String csv(List<List<Object>> rows) {
        OpenDataTable table = new OpenDataTable(
                "t",
                "T",
                "d",
                List.of(
                        OpenDataTable.Field.required("key", OpenDataTable.Type.STRING, "k"),
                        OpenDataTable.Field.of("n", OpenDataTable.Type.INTEGER, "n"),
                        OpenDataTable.Field.of("day", OpenDataTable.Type.DATE, "d")),
                List.of("key"),
                List.of(),
                rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenDataCsv.write(table, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHeaderIsTheSchemasFieldNamesAndLinesEndInCrLf() {
        assertEquals("key,n,day\r\nA,1,2024-06-03\r\n", csv(List.of(List.of("A", 1, LocalDate.of(2024, 6, 3)))));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals(
                "key,n,day\r\n\"a, b\",2,\r\n\"say \"\"hi\"\"\",3,\r\n\"two\nlines\",4,\r\n",
                csv(List.of(
                        Arrays.asList("a, b", 2, null),
                        Arrays.asList("say \"hi\"", 3, null),
                        Arrays.asList("two\nlines", 4, null))));
    }

    @Test
    void cellsAreWrittenAsTheyAreInUtf8WithoutAByteOrderMark() {
        String written = csv(List.of(Arrays.asList("=SUM(1) £ café", null, null)));
        assertEquals("key,n,day\r\n=SUM(1) £ café,,\r\n", written);
        assertEquals('k', written.charAt(0));
    }
}
