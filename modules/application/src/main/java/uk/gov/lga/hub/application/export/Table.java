package uk.gov.lga.hub.application.export;

import java.util.List;

/** A table as people download it: a title, column headings and rows of text (or numbers kept as numbers). */
public record Table(String title, List<String> headings, List<List<Object>> rows) {

    public Table {
        for (List<Object> row : rows) {
            if (row.size() != headings.size()) {
                throw new IllegalArgumentException("Every row of " + title + " needs " + headings.size() + " cells");
            }
        }
    }
}
