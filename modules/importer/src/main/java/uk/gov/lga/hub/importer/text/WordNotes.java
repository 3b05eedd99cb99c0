package uk.gov.lga.hub.importer.text;

import java.math.BigInteger;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Footnotes and endnotes by id: the reader has always put a note's text after the paragraph that refers to it, as
 * " [3: the note] " (POI's paragraph text does), so the parsers see it where it was cited.
 */
final class WordNotes {

    /** Inside a note: notes cited there are not followed (a note citing itself would never end). */
    static final WordNotes NONE = new WordNotes(null, null);

    private final Element footnotes;
    private final Element endnotes;

    WordNotes(Element footnotes, Element endnotes) {
        this.footnotes = footnotes;
        this.endnotes = endnotes;
    }

    /** " [id: text] " for a w:footnoteReference or w:endnoteReference. */
    String cited(Element reference) {
        BigInteger id = WordRun.noteId(reference);
        StringBuilder text = new StringBuilder(" [").append(id).append(": ");
        boolean footnote = WordXml.is(reference, "footnoteReference");
        Element note = find(footnote ? footnotes : endnotes, footnote ? "footnote" : "endnote", id);
        if (note == null) {
            text.append("!!! End note with ID \"").append(id).append("\" not found in document.");
        } else {
            List<Element> paragraphs = WordXml.children(note, "p");
            for (int i = 0; i < paragraphs.size(); i++) {
                text.append(i == 0 ? "" : "\n").append(new WordParagraph(paragraphs.get(i), NONE).text());
            }
        }
        return text.append("] ").toString();
    }

    private static Element find(Element notes, String name, BigInteger id) {
        int wanted = id == null ? 0 : id.intValue();
        if (notes != null) {
            for (Element note : WordXml.children(notes, name)) {
                String noteId = WordXml.attribute(note, "id");
                if (noteId != null && new BigInteger(noteId.strip()).intValue() == wanted) {
                    return note;
                }
            }
        }
        return null;
    }
}
