package uk.gov.lga.hub.importer.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

/**
 * The text of one run (w:r) as the reader has always taken it (Apache POI's XWPFRun until 2026): typed text, tabs and
 * breaks as "\t" and "\n", field codes left out, capitals applied, footnote marks as "[footnoteRef:1]", the text
 * of pictures' text boxes after it in brackets. Deleted text (w:delText) is in it: the paragraph leaves such runs
 * out, a content control does not.
 */
final class WordRun {

    private WordRun() {}

    /** What the run prints, with the phonetic guide of ruby text and any text in its pictures in brackets. */
    static String printed(Element run) {
        String text = text(run);
        StringBuilder aside = new StringBuilder();
        for (Element child : WordXml.children(run, "ruby")) {
            ruby(child, aside, true, run);
        }
        String pictures = pictureText(run);
        if (!pictures.isEmpty()) {
            aside.append('\n').append(pictures).append('\n');
        }
        return aside.isEmpty() ? text : text + " (" + aside + ")";
    }

    /** The run's own text, ruby text by its base. */
    static String text(Element run) {
        StringBuilder text = new StringBuilder(64);
        for (Element child : WordXml.children(run)) {
            if (WordXml.is(child, "ruby")) {
                ruby(child, text, false, run);
            } else {
                append(child, text, run);
            }
        }
        return text.toString();
    }

    /** A deleted run (tracked changes): it holds deleted text. */
    static boolean isDeleted(Element run) {
        return WordXml.child(run, "delText") != null;
    }

    /** The run's footnote and endnote references, in order. */
    static List<Element> noteReferences(Element run) {
        List<Element> references = new ArrayList<>();
        for (Element child : WordXml.children(run)) {
            if (WordXml.is(child, "footnoteReference") || WordXml.is(child, "endnoteReference")) {
                references.add(child);
            }
        }
        return references;
    }

    /** A note reference's id as written, "null" when it has none. */
    static BigInteger noteId(Element reference) {
        String id = WordXml.attribute(reference, "id");
        return id == null ? null : new BigInteger(id.strip());
    }

    private static void append(Element element, StringBuilder text, Element run) {
        if (!WordXml.W.equals(element.getNamespaceURI())) {
            return;
        }
        switch (element.getLocalName()) {
            case "t", "delText" -> text.append(capitalised(run, element.getTextContent()));
            case "tab", "ptab" -> text.append('\t');
            case "br", "cr" -> text.append('\n');
            case "noBreakHyphen" -> text.append('\u2011');
            case "footnoteReference" ->
                text.append("[footnoteRef:").append(referenceNumber(element)).append(']');
            case "endnoteReference" ->
                text.append("[endnoteRef:").append(referenceNumber(element)).append(']');
            case "fldChar" -> checkBoxes(element, text);
            default -> {
                // field codes (w:instrText), symbols, pictures and the rest print no text here
            }
        }
    }

    private static int referenceNumber(Element reference) {
        BigInteger id = noteId(reference);
        return id == null ? -1 : id.intValue();
    }

    /** A form check box at the start of its field, as "|X|" when ticked by default, else "|_|". */
    private static void checkBoxes(Element fldChar, StringBuilder text) {
        if (!"begin".equals(WordXml.attribute(fldChar, "fldCharType"))) {
            return;
        }
        Element formField = WordXml.child(fldChar, "ffData");
        if (formField != null) {
            for (Element checkBox : WordXml.children(formField, "checkBox")) {
                // POI reads a w:default without a value as off, unlike other on/off properties
                String ticked = WordXml.val(checkBox, "default");
                text.append(ticked != null && WordXml.isOn(checkBox, "default") ? "|X|" : "|_|");
            }
        }
    }

    /** Word prints text in capitals or small capitals upper case, whatever was typed. */
    private static String capitalised(Element run, String text) {
        Element properties = WordXml.child(run, "rPr");
        return WordXml.isOn(properties, "caps") || WordXml.isOn(properties, "smallCaps")
                ? text.toUpperCase(Locale.ROOT)
                : text;
    }

    /** Ruby text: the base (w:rubyBase) as the text, the guide above it (w:rt) as the phonetic aside. */
    private static void ruby(Element ruby, StringBuilder text, boolean phonetic, Element run) {
        boolean inGuide = false;
        boolean inBase = false;
        NodeList all = ruby.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (WordXml.is(element, "rt")) {
                inGuide = true;
            } else if (WordXml.is(element, "rubyBase")) {
                inGuide = false;
                inBase = true;
            }
            if (phonetic ? inGuide : inBase) {
                append(element, text, run);
            }
        }
    }

    /** The text in the run's pictures and drawings (old-style text boxes), a line each, pictures first. */
    private static String pictureText(Element run) {
        StringBuilder text = new StringBuilder();
        List<Element> pictures = new ArrayList<>(WordXml.children(run, "pict"));
        pictures.addAll(WordXml.children(run, "drawing"));
        for (Element picture : pictures) {
            NodeList texts = picture.getElementsByTagNameNS(WordXml.W, "t");
            for (int i = 0; i < texts.getLength(); i++) {
                for (Node child = texts.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Text piece) {
                        if (text.length() > 0) {
                            text.append('\n');
                        }
                        text.append(piece.getNodeValue());
                    }
                }
            }
        }
        return text.toString();
    }
}
