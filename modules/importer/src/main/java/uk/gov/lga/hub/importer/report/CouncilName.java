package uk.gov.lga.hub.importer.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.text.NextIndex;

/**
 * A council's name in a line, found in one pass over it. The regular expressions these scanners replace, e.g.
 * {@code \b([A-Z][a-z]+(?:[ -](?:upon|on|le|in|under)?[ -]?[A-Z][a-z]+)*) (?:City|…) Council\b}, restart at every
 * capitalised word and read the rest of the run each time: a line of a hundred thousand capitalised words took
 * minutes (and a long enough one overflowed the stack). Each method finds what its regular expression found.
 */
final class CouncilName {

    /** What may follow a typed council's place name, longest match per place tried as the expression did. */
    private static final String[] TYPES = {
        " City Council",
        " County Council",
        " Borough Council",
        " District Council",
        " Metropolitan Borough Council",
        " Town Council"
    };
    /** The lower-case words a place name may have between its capitalised ones: "Stoke-on-Trent". */
    private static final String[] JOINERS = {"upon", "on", "le", "in", "under", ""};

    private static final Pattern BOUNDARY = Pattern.compile("\\b");
    private static final Pattern ONSITE_AT = Pattern.compile("on-?site at ");

    private final String line;
    private final Matcher boundary;

    private CouncilName(String line) {
        this.line = line;
        this.boundary = BOUNDARY.matcher(line).useTransparentBounds(true);
    }

    /**
     * "Coventry City Council", "Stockton-on-Tees Borough Council": the first run of capitalised words (with the
     * joiners above) that a council type follows, up to the last such type in the run.
     */
    static Optional<String> typed(String line) {
        return line.contains(" Council") ? new CouncilName(line).typed() : Optional.empty();
    }

    /**
     * "onsite at Coventry, …": the place, as {@code on-?site at ([A-Z][\w' -]+?)[,.]} gave it. A run of the place's
     * characters is read once however many "on site at"s it holds.
     */
    static Optional<String> onSiteAt(String line) {
        if (!line.contains("site at ")) {
            return Optional.empty();
        }
        NextIndex runEnd = new NextIndex(from -> {
            int i = from;
            while (i < line.length() && isPlaceCharacter(line.charAt(i))) {
                i++;
            }
            return i;
        });
        Matcher opening = ONSITE_AT.matcher(line);
        for (int from = 0; from < line.length() && opening.find(from); from = opening.start() + 1) {
            int place = opening.end();
            if (place < line.length() && isUpper(line.charAt(place))) {
                int end = runEnd.from(place + 1);
                if (end > place + 1 && end < line.length() && (line.charAt(end) == ',' || line.charAt(end) == '.')) {
                    return Optional.of(line.substring(place, end));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> typed() {
        int at = 0;
        while (at < line.length()) {
            int wordEnd = capitalisedWordEnd(at);
            if (wordEnd < 0 || !boundaryAt(at)) {
                at++;
                continue;
            }
            int named = -1;
            for (int next = at; next >= 0; next = nextWordOfPlace(wordEnd)) {
                wordEnd = capitalisedWordEnd(next);
                named = Math.max(named, typeEnd(wordEnd));
            }
            if (named >= 0) {
                return Optional.of(line.substring(at, named));
            }
            at = wordEnd; // a later start inside this run sees the same words and types: none
        }
        return Optional.empty();
    }

    /** The end of {@code [A-Z][a-z]+} at {@code at}, or -1. */
    private int capitalisedWordEnd(int at) {
        if (at + 1 >= line.length() || !isUpper(line.charAt(at)) || !isLower(line.charAt(at + 1))) {
            return -1;
        }
        int end = at + 2;
        while (end < line.length() && isLower(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /** After {@code [ -](?:upon|on|le|in|under)?[ -]?}: where the place's next capitalised word starts, or -1. */
    private int nextWordOfPlace(int wordEnd) {
        if (wordEnd >= line.length() || !isSpaceOrHyphen(line.charAt(wordEnd))) {
            return -1;
        }
        int joinerStart = wordEnd + 1;
        for (String joiner : JOINERS) {
            if (line.startsWith(joiner, joinerStart)) {
                int after = joinerStart + joiner.length();
                if (after < line.length() && isSpaceOrHyphen(line.charAt(after)) && capitalisedWordEnd(after + 1) > 0) {
                    return after + 1;
                }
                if (capitalisedWordEnd(after) > 0) {
                    return after;
                }
            }
        }
        return -1;
    }

    /** The end of " City Council" (and the other types) at {@code at}, ending a word; -1 if none is there. */
    private int typeEnd(int at) {
        for (String type : TYPES) {
            if (line.startsWith(type, at) && boundaryAt(at + type.length())) {
                return at + type.length();
            }
        }
        return -1;
    }

    /** Java's own {@code \b}, so that letters beyond ASCII count as it counts them. */
    private boolean boundaryAt(int at) {
        return boundary.region(at, line.length()).lookingAt();
    }

    private static boolean isPlaceCharacter(char c) {
        return isUpper(c) || isLower(c) || c >= '0' && c <= '9' || c == '_' || c == '\'' || c == ' ' || c == '-';
    }

    private static boolean isSpaceOrHyphen(char c) {
        return c == ' ' || c == '-';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
