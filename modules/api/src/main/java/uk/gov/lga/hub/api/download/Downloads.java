package uk.gov.lga.hub.api.download;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import uk.gov.lga.hub.application.export.Attachment;
import uk.gov.lga.hub.application.export.Csv;
import uk.gov.lga.hub.application.export.Table;
import uk.gov.lga.hub.application.export.Xlsx;

/** Every file the API hands out, as an attachment that browsers never sniff. */
public final class Downloads {

    private Downloads() {}

    public static Response attachment(Object body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", Attachment.disposition(fileName))
                .header(Attachment.NO_SNIFF_HEADER, Attachment.NO_SNIFF)
                .build();
    }

    /** Excel holds every table; CSV, being one table, holds the one named {@code csvTable} (else the first). */
    public static Response tables(List<Table> tables, ExportFormat format, String name, String csvTable) {
        if (format == ExportFormat.xlsx) {
            return attachment((StreamingOutput) out -> Xlsx.write(tables, out), Xlsx.MEDIA_TYPE, name + ".xlsx");
        }
        Table one = tables.stream()
                .filter(t -> t.title().equals(csvTable))
                .findFirst()
                .orElse(tables.get(0));
        return attachment((StreamingOutput) out -> Csv.write(one, out), Csv.MEDIA_TYPE, name + ".csv");
    }
}
