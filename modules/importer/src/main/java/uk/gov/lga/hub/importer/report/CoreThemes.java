package uk.gov.lga.hub.importer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.Doubt;
import uk.gov.lga.hub.importer.text.Line;

/**
 * The five core themes of the Corporate Peer Challenge, recognised by name with the wording variations reports use
 * ("&" for "and", the two halves swapped, "capacity to improve"). A theme found only under an older or looser name
 * (2018's "leadership of place", "capacity to deliver") is kept, with a doubt naming the words it came from.
 */
final class CoreThemes {

    private record Theme(String name, Pattern usual, Pattern looser) {
    }

    private static final List<Theme> THEMES = List.of(
            theme("Local priorities and outcomes", "local priorities and outcomes|outcomes and local priorities",
                    "understanding of the local (?:place|context) and priority setting|understood its place and set"
                            + " priorities"),
            theme("Organisational and place leadership", "organisational and place leadership|place and"
                    + " organisational leadership", "leadership of place"),
            theme("Governance and culture", "governance and culture|culture and governance",
                    "organisational leadership and governance|the leadership and governance"),
            theme("Financial planning and management", "financial planning and management|financial management and"
                    + " planning", "financial planning and viability|financial planning"),
            theme("Capacity for improvement", "capacity for improvement|capacity to improve",
                    "capacity to deliver"));

    private CoreThemes() {
    }

    private static Theme theme(String name, String usual, String looser) {
        return new Theme(name, Pattern.compile("\\b(?:" + usual + ")\\b"), Pattern.compile("\\b(?:" + looser + ")\\b"));
    }

    static List<String> names() {
        return THEMES.stream().map(Theme::name).toList();
    }

    static List<String> find(List<Line> lines, List<Doubt> doubts) {
        List<String> found = new ArrayList<>();
        for (Theme theme : THEMES) {
            if (lines.stream().anyMatch(line -> theme.usual().matcher(normal(line.text())).find())) {
                found.add(theme.name());
                continue;
            }
            lines.stream().filter(line -> theme.looser().matcher(normal(line.text())).find()).findFirst()
                    .ifPresent(line -> {
                        found.add(theme.name());
                        doubts.add(new Doubt("core themes", "\"" + theme.name() + "\" was taken from wording that"
                                + " is not the theme's own name. Check it was a theme of this challenge.", line.text()));
                    });
        }
        return List.copyOf(found);
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.UK).replace("&", " and ").replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ");
    }
}
