package uk.gov.lga.hub.importer.response;

import java.util.List;
import uk.gov.lga.hub.importer.Doubt;

/** The rows of a council's response table, each matched (or not) to a recommendation, for a person to check. */
public record ResponseTableDraft(List<Row> rows, List<Doubt> doubts) {

    /** One row: the number and recommendation as the table prints them, and the council's response. */
    public record Row(String number, String recommendation, String response) {}
}
