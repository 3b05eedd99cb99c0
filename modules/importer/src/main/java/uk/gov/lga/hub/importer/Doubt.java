package uk.gov.lga.hub.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Something the importer could not read with confidence: which field, why, and the text it came from. */
public record Doubt(String field, String reason, String sourceText) {

    /**
     * At most {@code most} doubts: past that, the first ones and one line for each field saying how many more there
     * are. A person checks a draft by its doubts; hundreds of them would hide the few that matter.
     */
    public static List<Doubt> capped(List<Doubt> doubts, int most) {
        if (doubts.size() <= most) {
            return List.copyOf(doubts);
        }
        int shown = most * 2 / 3;
        List<Doubt> capped = new ArrayList<>(doubts.subList(0, shown));
        Map<String, Integer> more = new LinkedHashMap<>();
        doubts.subList(shown, doubts.size()).forEach(d -> more.merge(d.field(), 1, Integer::sum));
        more.entrySet().stream()
                .limit(most - shown)
                .forEach(field -> capped.add(new Doubt(
                        field.getKey(),
                        field.getValue() + " more doubts about "
                                + field.getKey()
                                + " are not listed. So many doubts suggest this file is not laid out as a"
                                + " report usually is: check the draft against it with care.",
                        null)));
        return List.copyOf(capped);
    }
}
