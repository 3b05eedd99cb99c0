package uk.gov.lga.hub.importer.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One paragraph (w:p): its text as the reader has always taken it (POI's XWPFParagraph.getText()), its style, its
 * numbering and outline level, and the paragraphs of the text boxes anchored in it.
 */
final class WordParagraph {

    private final Element paragraph;
    private final WordNotes notes;
    /** Its runs and inline content controls (w:sdt), in order; both kinds are elements. */
    private final List<Element> runsAndControls = new ArrayList<>();

    WordParagraph(Element paragraph, WordNotes notes) {
        this.paragraph = paragraph;
        this.notes = notes;
        collect(paragraph);
    }

    /**
     * The runs where the text is: directly in the paragraph, in hyperlinks, simple fields, tracked insertions
     * (and deletions, left out later), smart tags; inline content controls as a whole.
     */
    private void collect(Element parent) {
        for (Element child : WordXml.children(parent)) {
            if (!WordXml.W.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "r", "sdt" -> runsAndControls.add(child);
                case "hyperlink", "fldSimple" -> runsAndControls.addAll(WordXml.children(child, "r"));
                case "ins", "del", "moveFrom", "moveTo" -> {
                    runsAndControls.addAll(WordXml.children(child, "r"));
                    WordXml.children(child, "ins").forEach(this::collect);
                }
                case "smartTag" -> collect(child);
                default -> {
                    // properties, bookmarks, comments' ranges, equations, custom XML: no text POI read
                }
            }
        }
    }

    /** The paragraph's text, deleted runs left out, the notes it cites after it. */
    String text() {
        StringBuilder text = new StringBuilder(64);
        StringBuilder cited = new StringBuilder();
        for (Element element : runsAndControls) {
            if (WordXml.is(element, "sdt")) {
                text.append(ContentControl.inlineText(element, notes));
                continue;
            }
            if (!WordRun.isDeleted(element)) {
                text.append(WordRun.printed(element));
            }
            WordRun.noteReferences(element).forEach(reference -> cited.append(notes.cited(reference)));
        }
        return text.append(cited).toString();
    }

    /** Its runs' text alone, deleted ones included: how a content control around the paragraph reads it. */
    String runsText() {
        StringBuilder text = new StringBuilder(64);
        for (Element element : runsAndControls) {
            if (!WordXml.is(element, "sdt")) {
                text.append(WordRun.printed(element));
            }
        }
        return text.toString();
    }

    String styleId() {
        return WordXml.val(properties(), "pStyle");
    }

    /** The list it is numbered in, from the paragraph itself (not its style), or null. */
    BigInteger numId() {
        return WordXml.number(WordXml.child(properties(), "numPr"), "numId");
    }

    BigInteger numLevel() {
        return WordXml.number(WordXml.child(properties(), "numPr"), "ilvl");
    }

    /** w:outlineLvl, 0 for a top-level heading, or null. */
    BigInteger outlineLevel() {
        return WordXml.number(properties(), "outlineLvl");
    }

    /**
     * The text of each paragraph in the text boxes anchored here, in order: every character in it, as POI's
     * XmlCursor.getTextValue() gave it (no tabs or breaks). Word keeps a second copy of each box for older
     * readers, so texts repeat; the caller drops repeats.
     */
    List<String> textBoxParagraphs() {
        List<String> texts = new ArrayList<>();
        NodeList all = paragraph.getElementsByTagNameNS(WordXml.W, "p");
        for (int i = 0; i < all.getLength(); i++) {
            Element inner = (Element) all.item(i);
            if (WordXml.is(inner.getParentNode(), "txbxContent")) {
                texts.add(inner.getTextContent());
            }
        }
        return texts;
    }

    private Element properties() {
        return WordXml.child(paragraph, "pPr");
    }
}
