package uk.gov.lga.hub.importer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.importer.text.Line;
import uk.gov.lga.hub.importer.text.SectionNames;
import uk.gov.lga.hub.importer.text.SectionNames.Section;

/**
 * A report's sections: headings from Word's styles or the numbering ("3 Summary…", "3.1 The peer team"), and in
 * text exports also lines that are only a known section's name ("Executive summary", "2. Key recommendations",
 * "Recommendations to the council"). Web-export noise is blanked first, so it opens and ends nothing.
 */
final class Outline {

    private final List<Line> lines;
    private final Section[] sections;

    private Outline(List<Line> lines, Section[] sections) {
        this.lines = lines;
        this.sections = sections;
    }

    static Outline of(List<Line> raw) {
        List<Line> lines = new ArrayList<>(raw.size());
        Section[] sections = new Section[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            Line line = raw.get(i);
            if (WebNoise.isNoise(line.text())) {
                lines.add(new Line("", 0));
                continue;
            }
            Optional<Section> named = SectionNames.named(line.text());
            sections[i] = named.orElse(null);
            lines.add(
                    named.isPresent() && line.headingLevel() == 0
                            ? new Line(line.text(), SectionNames.depth(line.text()))
                            : line);
        }
        return new Outline(lines, sections);
    }

    List<Line> lines() {
        return lines;
    }

    /** The known section line {@code i} heads, or null. */
    Section section(int i) {
        return sections[i];
    }

    boolean isHeading(int i) {
        return sections[i] != null || lines.get(i).headingLevel() > 0;
    }

    /** The next heading at the level of the one at {@code heading} or above, or the next known section's name. */
    int end(int heading) {
        int level = lines.get(heading).headingLevel();
        int end = heading + 1;
        while (end < lines.size() && sections[end] == null && !lines.get(end).endsSectionAt(level)) {
            end++;
        }
        return end;
    }

    /** The lines before the first heading: a cover, a web page's title. */
    int coverEnd() {
        for (int i = 0; i < lines.size(); i++) {
            if (isHeading(i)) {
                return i;
            }
        }
        return lines.size();
    }

    /** The headings that name {@code section}, in order. */
    List<Integer> headings(Section section) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < sections.length; i++) {
            if (sections[i] == section) {
                found.add(i);
            }
        }
        return found;
    }

    /** How many different known sections are named: a report has several, a stray word in a page none. */
    int knownSections() {
        return (int) java.util.Arrays.stream(sections)
                .filter(s -> s != null)
                .distinct()
                .count();
    }
}
