package uk.gov.lga.hub.importer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The parts of a .docx the reader needs, found as Word finds them: the package's relationships name the main
 * document, and the document's relationships name its styles, numbering and notes (their file names are only a
 * habit). Called after {@link ZipBombGuard}, so everything kept here is within the limits.
 */
final class WordPackage {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String RELATED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** The XML parts by lower-cased name (part names are case-insensitive); images and the like are not kept. */
    private final Map<String, byte[]> parts;

    private final String documentName;
    private final Map<String, String> documentRelations;

    private WordPackage(Map<String, byte[]> parts) throws IOException, SAXException {
        this.parts = parts;
        if (!parts.containsKey("[content_types].xml")) {
            throw new IOException("No [Content_Types].xml: not an Office file");
        }
        String main = relations("_rels/.rels", "").get(OFFICE_DOCUMENT);
        if (main == null || !parts.containsKey(main)) {
            throw new IOException("No main document");
        }
        this.documentName = main;
        int slash = main.lastIndexOf('/');
        this.documentRelations = relations(
                main.substring(0, slash + 1) + "_rels/" + main.substring(slash + 1) + ".rels",
                main.substring(0, slash + 1));
    }

    /** @throws IOException or {@link SAXException} if it is not a zip, or its package parts are unreadable */
    static WordPackage read(byte[] docx) throws IOException, SAXException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    parts.putIfAbsent(name, zip.readAllBytes());
                }
            }
        }
        return new WordPackage(parts);
    }

    /** The body's root element (w:document); anything else, a workbook say, is no Word document. */
    Element document() throws IOException, SAXException {
        Element root = SecureXml.parse(parts.get(documentName)).getDocumentElement();
        if (!WordXml.is(root, "document")) {
            throw new IOException("The main part is not a Word document: " + root.getNodeName());
        }
        return root;
    }

    /** The part the document relates to as {@code type} ("styles", "numbering", "footnotes"…), or null. */
    Element related(String type) throws IOException, SAXException {
        String name = documentRelations.get(RELATED + type);
        byte[] part = name == null ? null : parts.get(name);
        return part == null ? null : SecureXml.parse(part).getDocumentElement();
    }

    /** Relationship type to the part it points at (the first of each type), resolved against {@code folder}. */
    private Map<String, String> relations(String relsName, String folder) throws IOException, SAXException {
        Map<String, String> targets = new HashMap<>();
        byte[] rels = parts.get(relsName);
        if (rels == null) {
            return targets;
        }
        Document xml = SecureXml.parse(rels);
        var relationships = xml.getElementsByTagNameNS(RELATIONSHIPS, "Relationship");
        for (int i = 0; i < relationships.getLength(); i++) {
            Element relationship = (Element) relationships.item(i);
            if (!"External".equals(relationship.getAttribute("TargetMode"))) {
                targets.putIfAbsent(
                        relationship.getAttribute("Type"), resolve(folder, relationship.getAttribute("Target")));
            }
        }
        return targets;
    }

    /** "styles.xml" from "word/" is "word/styles.xml"; "/word/x.xml" is from the root; ".." goes up a folder. */
    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        StringBuilder resolved = new StringBuilder();
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        for (String segment : segments) {
            resolved.append(resolved.isEmpty() ? "" : "/").append(segment);
        }
        return resolved.toString().toLowerCase(Locale.ROOT);
    }
}
