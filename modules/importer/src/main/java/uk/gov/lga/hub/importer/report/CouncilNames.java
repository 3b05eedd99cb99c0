package uk.gov.lga.hub.importer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every English council name written in a line, each in its longest form: "North East Marshland Council",
 * "Ashcombe Metropolitan Borough Council", "London Borough of Hartsfield", "The Royal Borough of Kingsmere" (less
 * "The"), "City of Haverleigh Council", "Redcliffe and Marsh Council", "Council of the Isles of Scilly". One pass
 * over the line's words: a run of capitalised words is read once, however long.
 */
final class CouncilNames {

    private static final String SCILLY = "Council of the Isles of Scilly";
    /** Lower-case words a place's name may hold between capitalised ones. */
    private static final Set<String> JOINERS = Set.of("upon", "on", "le", "in", "under", "and", "&");
    /** Words that start a sentence or a phrase before a name, or name a kind of council without a place. */
    private static final Set<String> NOT_A_PLACE = Set.of(
            "The",
            "This",
            "That",
            "These",
            "Those",
            "Our",
            "Your",
            "Their",
            "Its",
            "Each",
            "Every",
            "A",
            "An",
            "Full",
            "Cabinet",
            "Scrutiny",
            "In",
            "At",
            "For",
            "With",
            "From",
            "By",
            "On",
            "As",
            "And",
            "But",
            "Both",
            "When",
            "While",
            "Whilst",
            "Although",
            "Since",
            "After",
            "Before",
            "If",
            "Overall",
            "However",
            "Also",
            "Partners",
            "Members",
            "Officers",
            "Residents",
            "Staff",
            "Leaders",
            "Leader",
            "Peer",
            "Peers",
            "Team",
            "Corporate",
            "Challenge",
            "LGA",
            "Recommendations",
            "Report",
            "Feedback",
            "Council",
            "City",
            "County",
            "Borough",
            "District",
            "Metropolitan",
            "Town",
            "Parish",
            "Unitary",
            "Combined",
            "Authority",
            "Chief",
            "Executive",
            "Director",
            "Home",
            "Deputy",
            "Cllr",
            "Councillor",
            "Lead",
            "Member",
            "Officer",
            "Manager",
            "Of");

    private final String[] words;

    private CouncilNames(String line) {
        this.words = line.split(" ");
    }

    static List<String> in(String line) {
        if (!line.contains("Council") && !line.contains("Borough of")) {
            return List.of();
        }
        return new CouncilNames(line).names();
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        int at = 0;
        while (at < words.length) {
            if (!isCapitalised(words[at])) {
                at++;
                continue;
            }
            int end = runEnd(at); // words [at, end) are the run
            String name = name(at, end);
            if (name != null) {
                names.add(name);
            }
            at = Math.max(end, at + 1);
        }
        return names;
    }

    /** The end of the run of capitalised words (and joiners, and "of" after "Borough" or "City") from {@code at}. */
    private int runEnd(int at) {
        int end = at + 1;
        while (end < words.length && !endsWithPunctuation(words[end - 1])) {
            if (words[end - 1].equals("Council") && isScilly(end - 1)) {
                return end + 5;
            }
            String word = words[end];
            boolean of = word.equals("of")
                    && (bare(words[end - 1]).equals("Borough")
                            || bare(words[end - 1]).equals("City"));
            boolean joiner = JOINERS.contains(word) && end + 1 < words.length && isCapitalised(words[end + 1]);
            if (!isCapitalised(word) && !of && !joiner) {
                break;
            }
            end++;
        }
        return end;
    }

    /** The council named by the run [from, to): up to its last "Council", or a London or Royal borough. */
    private String name(int from, int to) {
        int start = from;
        while (start < to
                && NOT_A_PLACE.contains(bare(words[start]))
                && !isBoroughOf(start)
                && !isCityOf(start)
                && !bare(words[start]).equals("Council")) {
            start++;
        }
        for (int i = from; i < to; i++) {
            if (words[i].equals("Council") && isScilly(i)) {
                return SCILLY;
            }
        }
        int council = -1;
        for (int i = to - 1; i >= start && council < 0; i--) {
            council = bare(words[i]).equals("Council") ? i : -1;
        }
        if (council > start && hasPlace(start, council)) {
            return String.join(" ", slice(start, council)) + " Council";
        }
        if (start < to && isBoroughOf(start) && start + 3 < to) {
            return withoutClosingPunctuation(String.join(" ", slice(start, to)));
        }
        return null;
    }

    private boolean isScilly(int i) {
        return i + 5 < words.length && String.join(" ", slice(i, i + 6)).startsWith(SCILLY);
    }

    /** "London Borough of" or "Royal Borough of" at {@code i}. */
    private boolean isBoroughOf(int i) {
        return i + 2 < words.length
                && (words[i].equals("London") || words[i].equals("Royal"))
                && words[i + 1].equals("Borough")
                && words[i + 2].equals("of");
    }

    private boolean isCityOf(int i) {
        return i + 1 < words.length && words[i].equals("City") && words[i + 1].equals("of");
    }

    /** At least one word of [from, to) names a place, not a kind of council. */
    private boolean hasPlace(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!NOT_A_PLACE.contains(bare(words[i])) && isCapitalised(words[i])) {
                return true;
            }
        }
        return false;
    }

    private String[] slice(int from, int to) {
        String[] slice = new String[to - from];
        System.arraycopy(words, from, slice, 0, to - from);
        return slice;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean endsWithPunctuation(String word) {
        return !word.isEmpty() && ",.;:!?)’'\"".indexOf(word.charAt(word.length() - 1)) >= 0
                || word.endsWith("’s")
                || word.endsWith("'s");
    }

    /** The word less closing punctuation and a possessive "’s". */
    private static String bare(String word) {
        String bare = word.endsWith("’s") || word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        return withoutClosingPunctuation(bare);
    }

    private static String withoutClosingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ",.;:!?)’'\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
