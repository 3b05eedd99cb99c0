package uk.gov.lga.hub.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import uk.gov.lga.hub.importer.DocxLimits;
import uk.gov.lga.hub.importer.TooLargeOnceOpened;
import uk.gov.lga.hub.importer.UnreadableDocument;

/**
 * A Word document as {@link Line}s: each paragraph with the number Word prints before it (see
 * {@link WordNumbering}) and its heading level from its style; text boxes (where report covers put the council and
 * the dates) and content controls as their own lines; each table row as tab-separated cells. Only the body is read,
 * so running headers and footers never get in. Anything that is not a readable .docx is refused with a clear message.
 *
 * <p>Read with the JDK's zip and XML parser alone: the text is what Apache POI gave (which this reader replaced, to
 * keep ten thousand classes out of the deployment), proved by the tests against POI itself.
 */
public final class DocxLines {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^heading\\s*([1-9])$");

    private final WordStyles styles;
    private final WordNumbering numbering;
    private final WordNotes notes;

    private DocxLines(WordPackage word) throws IOException, SAXException {
        this.styles = new WordStyles(word.related("styles"));
        this.numbering = new WordNumbering(word.related("numbering"), styles);
        this.notes = new WordNotes(word.related("footnotes"), word.related("endnotes"));
    }

    public static List<Line> of(InputStream docx) {
        return of(docx, DocxLimits.DEFAULT);
    }

    /**
     * The document's lines, once its unpacked size and part count are known to be within {@code limits}. The
     * stream is read whole first (the caller bounds its size: the service refuses large uploads before this).
     *
     * @throws TooLargeOnceOpened over a limit; {@link UnreadableDocument} if it is not a readable .docx
     */
    public static List<Line> of(InputStream docx, DocxLimits limits) {
        byte[] bytes;
        try {
            bytes = docx.readAllBytes();
        } catch (IOException unreadable) {
            throw new UnreadableDocument(unreadable);
        }
        ZipBombGuard.check(bytes, limits);
        try {
            WordPackage word = WordPackage.read(bytes);
            Element body = WordXml.child(word.document(), "body");
            return body == null ? List.of() : new DocxLines(word).lines(body);
        } catch (IOException | SAXException | RuntimeException damaged) {
            // Not a zip, no Word document in it, malformed XML, a DOCTYPE, a number that is none: "cannot read".
            throw new UnreadableDocument(damaged);
        } catch (StackOverflowError nestedTooDeep) {
            throw new UnreadableDocument(nestedTooDeep); // the parser bounds the depth; this is the last guard
        }
    }

    private List<Line> lines(Element body) {
        List<Line> lines = new ArrayList<>();
        for (Element element : WordXml.children(body)) {
            if (WordXml.is(element, "p")) {
                WordParagraph paragraph = new WordParagraph(element, notes);
                String text = paragraph.text();
                textBoxes(paragraph, text, lines);
                lines.add(Line.of(Lines.clean(numbering.label(paragraph) + text), headingLevel(paragraph)));
            } else if (WordXml.is(element, "tbl")) {
                WordTable.rows(element)
                        .forEach(row -> lines.add(Line.of(
                                WordTable.cells(row).stream()
                                        .map(this::cellText)
                                        .collect(Collectors.joining("\t")),
                                0)));
            } else if (WordXml.is(element, "sdt")) {
                Lines.split(ContentControl.text(element, notes))
                        .forEach(text -> lines.add(Line.of(Lines.clean(text), 0)));
            }
        }
        return lines;
    }

    /** A cell's paragraphs one a line (a cell's own text runs them together), numbered as printed. */
    private String cellText(Element cell) {
        List<String> paragraphs = new ArrayList<>();
        for (Element element : WordTable.contents(cell)) {
            if (WordXml.is(element, "p")) {
                WordParagraph paragraph = new WordParagraph(element, notes);
                paragraphs.add(Lines.strip(numbering.label(paragraph) + paragraph.text()));
            } else if (WordXml.is(element, "tbl")) {
                WordTable.rows(element).forEach(row -> WordTable.cells(row).forEach(c -> paragraphs.add(cellText(c))));
            }
        }
        return Lines.strip(String.join("<br>", paragraphs).replace('\t', ' '));
    }

    /** Text boxes anchored in the paragraph, once each (Word stores a copy for older readers). */
    private static void textBoxes(WordParagraph paragraph, String paragraphText, List<Line> lines) {
        List<String> seen = new ArrayList<>();
        for (String box : paragraph.textBoxParagraphs()) {
            String text = Lines.clean(box);
            if (!text.isBlank() && !seen.contains(text) && !paragraphText.contains(text)) {
                seen.add(text);
                lines.add(Line.of(text, 0));
            }
        }
    }

    /** From the style ("Heading 2", also through a base style) or the paragraph's outline level; 0 for body text. */
    private int headingLevel(WordParagraph paragraph) {
        for (String styleId : styles.withBases(paragraph.styleId())) {
            Element style = styles.style(styleId);
            for (String name : new String[] {styleId, style == null ? null : WordStyles.name(style)}) {
                Matcher heading = name == null
                        ? null
                        : HEADING_STYLE.matcher(name.toLowerCase(Locale.ROOT).strip());
                if (heading != null && heading.matches()) {
                    return Integer.parseInt(heading.group(1));
                }
            }
        }
        BigInteger outline = paragraph.outlineLevel();
        return outline != null && outline.intValue() < 9 ? outline.intValue() + 1 : 0;
    }
}
