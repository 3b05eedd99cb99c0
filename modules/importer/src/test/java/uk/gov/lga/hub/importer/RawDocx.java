package uk.gov.lga.hub.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A .docx written from WordprocessingML by hand, for what POI's writer cannot easily make: hyperlinks, tracked
 * changes, content controls, footnotes, Word 2010 text boxes, odd numbering. Only the parts given are written.
 */
final class RawDocx {

    static final String NAMESPACES = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

    private static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private String body = "";
    private final Map<String, String> related = new LinkedHashMap<>();

    /** The body's content: paragraphs, tables, content controls. */
    RawDocx body(String xml) {
        this.body = xml;
        return this;
    }

    /** w:styles content. */
    RawDocx styles(String xml) {
        return part("styles", xml);
    }

    /** w:numbering content. */
    RawDocx numbering(String xml) {
        return part("numbering", xml);
    }

    RawDocx footnotes(String xml) {
        return part("footnotes", xml);
    }

    RawDocx endnotes(String xml) {
        return part("endnotes", xml);
    }

    /** A part the document relates to as {@code type}, its root element named as the type is. */
    private RawDocx part(String type, String xml) {
        related.put(type, "<w:" + type + NAMESPACES + ">" + xml + "</w:" + type + ">");
        return this;
    }

    byte[] toBytes() {
        return toBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document" + NAMESPACES
                + "><w:body>" + body + "</w:body></w:document>");
    }

    /** With the main document's XML exactly as given (to try a DOCTYPE, or XML that is not well formed). */
    byte[] toBytes(String documentXml) {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://"
                + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
                + " ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                + TYPE + "document.main+xml\"/>");
        StringBuilder relations = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int id = 1;
        for (String part : related.keySet()) {
            types.append("<Override PartName=\"/word/")
                    .append(part)
                    .append(".xml\" ContentType=\"")
                    .append(TYPE)
                    .append(part)
                    .append("+xml\"/>");
            relations
                    .append("<Relationship Id=\"rId")
                    .append(id++)
                    .append("\" Type=\"")
                    .append(RELATION)
                    .append(part)
                    .append("\" Target=\"")
                    .append(part)
                    .append(".xml\"/>");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats"
                            + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + RELATION
                            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", documentXml);
            put(
                    zip,
                    "word/_rels/document.xml.rels",
                    relations.append("</Relationships>").toString());
            for (Map.Entry<String, String> part : related.entrySet()) {
                put(zip, "word/" + part.getKey() + ".xml", part.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
