package uk.gov.lga.hub.importer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linear scanners that find a council, the place the peers were on site, the extra scope in minutes and the
 * line introducing recommendations (and the one-pass word normaliser for themes) find what the regular expressions
 * they replaced found, on random texts made of
 * the words those expressions look for: real reports are read exactly as before.
 */
class SameAsTheExpressionsTest {

    private static final Pattern TYPED_COUNCIL = Pattern.compile("\\b([A-Z][a-z]+(?:[ -](?:upon|on|le|in|under)?[ -]?"
            + "[A-Z][a-z]+)*) (?:City|County|Borough|District|Metropolitan Borough|Town) Council\\b");
    private static final Pattern ONSITE_AT = Pattern.compile("on-?site at ([A-Z][\\w' -]+?)[,.]");
    private static final Pattern ALSO_ASKED =
            Pattern.compile("(?i)(?:were|was) also asked to (?:look at|consider)" + " (.+?)\\.(?:\\s|$)");
    private static final Pattern RECOMMENDATIONS_INTRO =
            Pattern.compile(".*\\brecommendations\\b.*:$", Pattern.CASE_INSENSITIVE);
    private static final List<String> PIECES = List.of(
            "Coventry",
            "Stoke",
            "Aa",
            "B",
            "Bb",
            "É",
            "é",
            "x",
            "_",
            "1",
            " ",
            "  ",
            "-",
            "'",
            ",",
            ".",
            ". ",
            ":",
            "\n",
            "\r\n",
            "\u0085",
            "on",
            "upon",
            "le",
            "in",
            "under",
            "City",
            "County",
            "Borough",
            "District",
            "Metropolitan",
            "Town",
            " Council",
            "Council",
            "Councillor",
            " City Council",
            "onsite at ",
            "on-site at ",
            "were also asked to look at ",
            "was also asked to consider ",
            ";",
            "and ",
            "recommendations",
            "Recommendations",
            "recommendationsx",
            "&",
            "&&",
            "İ",
            "\t");

    @Test
    void theSameCouncilPlaceScopeAndIntroductionAreFound() {
        Random random = new Random(20180912);
        for (int i = 0; i < 100_000; i++) {
            String line = randomText(random);
            assertEquals(found(TYPED_COUNCIL.matcher(line), 0), CouncilName.typed(line), line);
            assertEquals(found(ONSITE_AT.matcher(line), 1), CouncilName.onSiteAt(line), line);
            assertEquals(found(ALSO_ASKED.matcher(line), 1), ReportParser.alsoAsked(line), line);
            assertEquals(
                    RECOMMENDATIONS_INTRO.matcher(line).matches(), ReportParser.introducesRecommendations(line), line);
            assertEquals(
                    line.toLowerCase(Locale.UK)
                            .replace("&", " and ")
                            .replaceAll("[^a-z ]", " ")
                            .replaceAll("\\s+", " "),
                    CoreThemes.normal(line),
                    line);
        }
    }

    @Test
    void realCouncilsAreFoundWhole() {
        assertEquals(
                Optional.of("Stockton-on-Tees Borough Council"),
                CouncilName.typed("Feedback to Stockton-on-Tees Borough Council, May 2024"));
        assertEquals(Optional.of("Coventry City Council"), CouncilName.typed("Coventry City Council"));
        assertEquals(Optional.of("Coventry"), CouncilName.onSiteAt("The team was onsite at Coventry, for four days"));
    }

    private static Optional<String> found(Matcher matcher, int group) {
        return matcher.find() ? Optional.of(matcher.group(group)) : Optional.empty();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(14); n > 0; n--) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }
}
