package uk.gov.lga.hub.domain.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which focus areas are probably one area typed twice ("The One Coventry approach", "One Coventry approach"): the
 * same name once case, punctuation, "&" and a leading "the" are set aside, or nearly the same words (the share of
 * words they have in common, ignoring little words, is at least {@value #CLOSE}).
 */
public final class LikelyDuplicates {

    static final double CLOSE = 0.75;

    private static final Set<String> LITTLE_WORDS = Set.of("the", "and", "of", "a", "an", "for", "to", "in", "on");

    private LikelyDuplicates() {}

    /** A pair of focus areas a manager may want to merge, in the order given. */
    public record Pair(Theme first, Theme second) {}

    public static String normalised(String name) {
        String plain = name.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }

    public static boolean likely(String one, String other) {
        if (normalised(one).equals(normalised(other))) {
            return true;
        }
        Set<String> a = words(one);
        Set<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) common.size() / all.size() >= CLOSE;
    }

    /** Every likely pair among the focus areas given; core themes are never suggested. */
    public static List<Pair> among(List<Theme> themes) {
        List<Theme> areas = themes.stream().filter(t -> !t.isCore()).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            for (int j = i + 1; j < areas.size(); j++) {
                if (likely(areas.get(i).name(), areas.get(j).name())) {
                    pairs.add(new Pair(areas.get(i), areas.get(j)));
                }
            }
        }
        return pairs;
    }

    private static Set<String> words(String name) {
        return Arrays.stream(normalised(name).split(" "))
                .filter(w -> !w.isEmpty() && !LITTLE_WORDS.contains(w))
                .collect(Collectors.toSet());
    }
}
