package uk.gov.lga.hub.importer.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.importer.Doubt;
import uk.gov.lga.hub.importer.text.Line;

/**
 * Which council the report is about. With the register of known councils, the longest known name written in the
 * report (outside the peer team's lines, which name the peers' own councils): the one on the cover or title, else
 * the one named most. Without it, the names as written. Whenever the choice is not sure, a doubt says why; a
 * wrong council must never pass unnoticed.
 */
final class CouncilChooser {

    private record Named(String name, int line) {}

    private final Outline outline;
    private final Set<Integer> peerLines;
    private final Set<String> peerCouncils;
    private final List<Doubt> doubts;

    private CouncilChooser(Outline outline, Set<Integer> peerLines, Set<String> peerCouncils, List<Doubt> doubts) {
        this.outline = outline;
        this.peerLines = peerLines;
        this.peerCouncils = peerCouncils;
        this.doubts = doubts;
    }

    static String choose(
            Outline outline,
            Set<Integer> peerLines,
            Set<String> peerCouncils,
            Collection<String> register,
            List<Doubt> doubts) {
        return new CouncilChooser(outline, peerLines, peerCouncils, doubts).choose(register);
    }

    private String choose(Collection<String> register) {
        List<Named> written = named(CouncilNames::in);
        if (register != null && !register.isEmpty()) {
            Map<String, List<String>> byFirstWord = new HashMap<>();
            for (String name : register) {
                byFirstWord
                        .computeIfAbsent(name.split(" ", 2)[0], w -> new ArrayList<>())
                        .add(name);
            }
            Set<String> anchors = new java.util.HashSet<>();
            for (String name : register) {
                anchors.add(name.contains("Council") ? "Council" : name.substring(name.lastIndexOf(' ') + 1));
            }
            List<Named> known = named(line -> mayName(line, anchors) ? known(line, byFirstWord) : List.of());
            if (!known.isEmpty()) {
                return pick(known, "");
            }
            if (!written.isEmpty()) {
                String name = pick(written, null);
                doubts.add(new Doubt(
                        "council",
                        "\"" + name + "\" is not among the known councils. Choose the" + " council.",
                        outline.lines().get(written.get(0).line()).text()));
                return name;
            }
        } else if (!written.isEmpty()) {
            return pick(written, " (no list of known councils was given to check it against)");
        }
        return onSite(register);
    }

    /**
     * On the cover (or the web page's title) it is the report's council; in the text, the one named most. {@code
     * unchecked} is "" for names from the register, what to say of names not checked against one, or null when the
     * caller says its own doubt.
     */
    private String pick(List<Named> found, String unchecked) {
        int cover = outline.coverEnd();
        Map<String, Integer> counts = new LinkedHashMap<>();
        found.forEach(n -> counts.merge(n.name(), 1, Integer::sum));
        Optional<Named> onCover = found.stream().filter(n -> n.line() < cover).findFirst();
        if (onCover.isPresent()) {
            String line = outline.lines().get(onCover.get().line()).text();
            if (unchecked != null
                    && !unchecked.isEmpty()
                    && !line.startsWith(onCover.get().name())) {
                doubts.add(new Doubt(
                        "council",
                        "The council's name was read from a line of the cover, not a" + " line of its own" + unchecked
                                + ". Check it.",
                        line));
            }
            return onCover.get().name();
        }
        String most = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseThrow();
        if (unchecked != null) { // not on the cover: a partner council named in passing may be all the text has
            Named first = found.stream()
                    .filter(n -> n.name().equals(most))
                    .findFirst()
                    .orElseThrow();
            doubts.add(new Doubt(
                    "council",
                    "The report has no cover or title naming its council; \"" + most
                            + "\" is the council named most in the text"
                            + (counts.size() > 1
                                    ? " (others: "
                                            + String.join(
                                                    ", ",
                                                    counts.keySet().stream()
                                                            .filter(n -> !n.equals(most))
                                                            .toList())
                                            + ")"
                                    : "")
                            + ". Check it.",
                    outline.lines().get(first.line()).text()));
        }
        return most;
    }

    private interface Finder {
        List<String> in(String line);
    }

    private List<Named> named(Finder finder) {
        List<Named> named = new ArrayList<>();
        List<Line> lines = outline.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (peerLines.contains(i)) {
                continue;
            }
            for (String name : finder.in(lines.get(i).text())) {
                if (!peerCouncils.contains(name)) {
                    named.add(new Named(name, i));
                }
            }
        }
        return named;
    }

    /** Whether a line holds a word every known name of some council has ("Council", else its last word). */
    private static boolean mayName(String line, Set<String> anchors) {
        for (String anchor : anchors) {
            if (line.contains(anchor)) {
                return true;
            }
        }
        return false;
    }

    /** The known names in a line, the longest at each place. */
    private static List<String> known(String line, Map<String, List<String>> byFirstWord) {
        List<String> found = new ArrayList<>();
        int at = 0;
        while (at < line.length()) {
            int wordEnd = line.indexOf(' ', at);
            String word = line.substring(at, wordEnd < 0 ? line.length() : wordEnd);
            String longest = null;
            for (String name : byFirstWord.getOrDefault(word, List.of())) {
                if (line.startsWith(name, at)
                        && (at + name.length() == line.length() || !Character.isLetter(line.charAt(at + name.length())))
                        && (longest == null || name.length() > longest.length())) {
                    longest = name;
                }
            }
            if (longest != null) {
                found.add(longest);
                at += longest.length();
            } else {
                at = wordEnd < 0 ? line.length() : wordEnd + 1;
            }
            while (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
        }
        return found;
    }

    /** "…onsite at Coventry,": the place only, and the known council named after it if there is just one. */
    private String onSite(Collection<String> register) {
        for (Line line : outline.lines()) {
            Optional<String> at = CouncilName.onSiteAt(line.text());
            if (at.isPresent()) {
                String place = at.get().strip();
                List<String> after = register == null
                        ? List.of()
                        : register.stream()
                                .filter(n -> n.startsWith(place + " "))
                                .toList();
                String chosen = after.size() == 1 ? after.get(0) : place;
                doubts.add(new Doubt(
                        "council",
                        "The council's full name is not printed; \"" + place + "\" is where"
                                + " the peers were on site"
                                + (after.size() == 1
                                        ? ", and " + chosen + " the only known" + " council named after it"
                                        : "")
                                + ". Choose the council.",
                        line.text()));
                return chosen;
            }
        }
        doubts.add(new Doubt("council", "The council could not be found in the text. Choose it.", null));
        return null;
    }
}
