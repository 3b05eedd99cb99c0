package uk.gov.lga.hub.importer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.Doubt;
import uk.gov.lga.hub.importer.ImportProgress;

/**
 * A list of recommendations however it is numbered: "2.1", "1.", "1)", "a)", "(a)", "i." or bullets. An item whose
 * first line is a short title (no full stop) takes the following lines as its text, as LGA reports print them;
 * an item that is a sentence is its own text, continued only by sub-points it introduces with a colon.
 */
final class RecommendationList {

    private static final Pattern ITEM = Pattern.compile(
            "^(?<number>\\d+\\.\\d+|\\d+[.)]|\\(?[a-z]\\)|[ivx]+[.)]|[•·*▪–-])\\s+(?<rest>\\S.*)$", Pattern.DOTALL);
    private static final int TITLE_WORDS = 12;

    private final List<ReportDraft.RecommendationDraft> items = new ArrayList<>();
    private final List<Doubt> doubts;

    private RecommendationList(List<Doubt> doubts) {
        this.doubts = doubts;
    }

    /** Reads the items from {@code from} until the section ends; lines outside any item are reported. */
    static List<ReportDraft.RecommendationDraft> read(List<String> lines, int from, int to, List<Doubt> doubts,
                                                       ImportProgress progress) {
        RecommendationList list = new RecommendationList(doubts);
        String number = null;
        String first = null;
        List<String> rest = new ArrayList<>();
        boolean bullets = false;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                list.add(number, first, rest);
                number = item.group("number");
                bullets |= "•·*▪–-".contains(number);
                first = item.group("rest").strip();
                rest = new ArrayList<>();
                progress.step("recommendations", list.items.size() + 1, 0);
            } else if (first != null && takesMoreText(first, rest)) {
                rest.add(line);
            } else if (first != null) {
                list.add(number, first, rest);
                number = null;
                first = null;
                rest = new ArrayList<>();
                break;
            } else if (!line.endsWith(":")) {
                doubts.add(new Doubt("recommendations", "This line in the recommendations section is not part of a"
                        + " numbered recommendation, so it was not imported.", line));
            }
        }
        list.add(number, first, rest);
        if (bullets) {
            doubts.add(new Doubt("recommendations", "The recommendations are bullet points, so they were numbered"
                    + " 1, 2, 3… in the order printed. Check the numbers.", null));
        }
        return list.items;
    }

    /** A title line takes the lines after it; a sentence takes only sub-points it introduced with a colon. */
    private static boolean takesMoreText(String first, List<String> rest) {
        return isTitle(first) || first.endsWith(":");
    }

    private static boolean isTitle(String line) {
        return !line.endsWith(".") && !line.endsWith(":") && line.split("\\s+").length <= TITLE_WORDS;
    }

    private void add(String number, String first, List<String> rest) {
        if (first == null) {
            return;
        }
        String printed = "•·*▪–-".contains(number) ? String.valueOf(items.size() + 1) : number.replaceAll("[.]$", "");
        if (isTitle(first) && !rest.isEmpty()) {
            items.add(new ReportDraft.RecommendationDraft(printed, first, String.join("\n", rest)));
            return;
        }
        String text = rest.isEmpty() ? first : first + "\n" + String.join("\n", rest);
        String title = shortTitle(first);
        doubts.add(new Doubt("recommendation " + printed, "No title is printed; the title is the start of the"
                + " recommendation's text. Check it.", first));
        items.add(new ReportDraft.RecommendationDraft(printed, title, text));
    }

    /** The first words of a sentence, up to a colon or 80 characters, as a stand-in title. */
    static String shortTitle(String sentence) {
        String title = sentence.replaceAll("[:.]$", "");
        int colon = title.indexOf(':');
        if (colon > 0) {
            title = title.substring(0, colon);
        }
        if (title.length() > 80) {
            int cut = title.lastIndexOf(' ', 80);
            title = title.substring(0, cut > 20 ? cut : 80) + "…";
        }
        return title;
    }
}
