package uk.gov.lga.hub.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linear scanners that clean text give what the regular expressions they replaced gave, on a hundred thousand
 * random texts made of the pieces those expressions look for: real documents are cleaned exactly as before.
 */
class SameAsTheExpressionsTest {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern BREAK_TAGS =
            Pattern.compile("(?i)</p>\\s*<(?:p|ul|ol)[^>]*>|<br\\s*/?>|</li>\\s*|<li[^>]*>");
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|</?[a-zA-Z][^>]*>");
    private static final List<String> PIECES = List.of(
            "<",
            ">",
            "/",
            "p",
            "P",
            "u",
            "l",
            "L",
            "o",
            "i",
            "ı",
            "br",
            "BR",
            "li",
            "ul",
            "OL",
            "</p>",
            "<p",
            "</li>",
            "<li",
            "<br",
            "<!--",
            "-->",
            "--",
            "-",
            "!",
            " ",
            "  ",
            "\t",
            "\n",
            "\r",
            "\u2028",
            "\u0085",
            "\f",
            "[bookmark: ",
            "[",
            "]",
            "a",
            "Z",
            "x",
            "1",
            "&amp;",
            "&lt;");

    @Test
    void bookmarksBreaksAndTagsAreFoundAsTheExpressionsFoundThem() {
        Random random = new Random(20240115);
        for (int i = 0; i < 100_000; i++) {
            String text = randomText(random);
            assertEquals(BOOKMARK.matcher(text).replaceAll(""), Markup.withoutBookmarks(text), text);
            assertEquals(BREAK_TAGS.matcher(text).replaceAll("\n"), Markup.breaksAsNewLines(text), text);
            assertEquals(TAG.matcher(text).replaceAll(""), Markup.withoutTags(text), text);
        }
    }

    @Test
    void realMarkupIsCleanedAsBefore() {
        String cell = "<p>Approved in May.</p>\n <ul><li>Launched &amp; live.</li> <li class=\"x\">Reviewed</li></ul>"
                + "<!-- a note --><br/>[bookmark: _Toc1]Next<BR >steps";
        assertEquals("Approved in May.\nLaunched & live.\nReviewed\nNext\nsteps", Lines.strip(cell));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(25); n > 0; n--) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }
}
