package uk.gov.lga.hub.application.opendata;

import java.util.List;

/**
 * One table of the open data: its Frictionless Table Schema (fields in column order, primary and foreign keys) and
 * its rows, one cell per field. The CSV header, the JSON objects' keys and the schema are all read from
 * {@link #fields()}, so they cannot disagree.
 *
 * @param name the resource's name and the file's name without its extension ({@code recommendations.csv})
 */
public record OpenDataTable(
        String name,
        String title,
        String description,
        List<Field> fields,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys,
        List<List<Object>> rows) {

    public OpenDataTable {
        for (List<Object> row : rows) {
            if (row.size() != fields.size()) {
                throw new IllegalArgumentException(
                        name + ": a row of " + row.size() + " cells for " + fields.size() + " fields");
            }
        }
    }

    /** Table Schema field types used here. */
    public enum Type {
        STRING("string"),
        INTEGER("integer"),
        NUMBER("number"),
        DATE("date");

        private final String schemaName;

        Type(String schemaName) {
            this.schemaName = schemaName;
        }

        public String schemaName() {
            return schemaName;
        }
    }

    /**
     * A column. {@code format} is the Table Schema format (null for the default), {@code values} the only values
     * allowed (an enum constraint; empty for any), {@code required} whether a value must be present.
     */
    public record Field(
            String name,
            Type type,
            String format,
            String description,
            boolean required,
            List<String> values,
            String pattern) {

        public static Field of(String name, Type type, String description) {
            return new Field(name, type, null, description, false, List.of(), null);
        }

        public static Field required(String name, Type type, String description) {
            return new Field(name, type, null, description, true, List.of(), null);
        }

        public static Field oneOf(String name, String description, boolean required, List<String> values) {
            return new Field(name, Type.STRING, null, description, required, List.copyOf(values), null);
        }

        public Field withFormat(String format) {
            return new Field(name, type, format, description, required, values, pattern);
        }

        public Field withPattern(String pattern) {
            return new Field(name, type, format, description, required, values, pattern);
        }
    }

    /** Fields of this table that refer to another table's fields. */
    public record ForeignKey(List<String> fields, String resource, List<String> referencedFields) {}

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }
}
