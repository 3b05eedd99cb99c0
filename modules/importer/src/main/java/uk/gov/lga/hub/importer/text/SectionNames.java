package uk.gov.lga.hub.importer.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections every CPC feedback report has, by the names reports give them, with or without a number ("2",
 * "2.", "3.1", "3.1.") and a closing colon. Text exports keep no heading styles, so a line that is only such a name
 * is a heading there as it is in Word: it ends the section before it.
 */
public final class SectionNames {

    /** What a heading names. */
    public enum Section {
        SUMMARY,
        RECOMMENDATIONS,
        PEER_TEAM,
        OTHER
    }

    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})?)\\.?\\s+");
    private static final Pattern RECOMMENDATIONS = Pattern.compile("^(?:(?:key|main|the main|the key|our|our key"
            + "|the peer team['’]s|peer team['’]s|the peer team|summary of|summary of the|summary of key)\\s+)?"
            + "recommendations(?:\\s+(?:to|for)\\s+[^.:;]{1,60})?$");
    private static final Pattern PEER_TEAM = Pattern.compile("^(?:the\\s+)?(?:corporate\\s+)?peer(?:\\s+challenge)?"
            + "\\s+team(?:\\s+members)?$|^(?:the\\s+)?peers$|^members of the peer team$");
    private static final Pattern OTHER = Pattern.compile("^(?:introduction|background|contents|feedback|next steps"
            + "|detailed feedback|key findings|conclusion|conclusions|acknowledgements|contact details|appendix.{0,40}"
            + "|(?:summary of )?the peer challenge approach|summary of the peer challenge approach"
            + "|scope and focus|the peer challenge process|the process|progress review|follow[- ]up support"
            + "|further support|about this report)$");
    /** The core themes head feedback sections, but a numbered one may as well be a recommendation's title. */
    private static final Pattern THEMES = Pattern.compile("^(?:local priorities and outcomes"
            + "|organisational and place leadership|governance and culture|financial planning and management"
            + "|capacity for improvement)$");

    private static final int LONGEST = 90;

    private SectionNames() {}

    /** The section a line names, if the line is nothing but a section's name (numbered or not). */
    public static Optional<Section> named(String line) {
        if (line.isEmpty() || line.length() > LONGEST || line.endsWith(".") || line.indexOf('\t') >= 0) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(line);
        String name = (number.lookingAt() ? line.substring(number.end()) : line).strip();
        name = name.endsWith(":") ? name.substring(0, name.length() - 1).strip() : name;
        String lower = name.toLowerCase(Locale.UK).replace('’', '\'');
        if (lower.equals("executive summary") || lower.equals("summary")) {
            return Optional.of(Section.SUMMARY);
        }
        if (RECOMMENDATIONS.matcher(lower).matches()) {
            return Optional.of(Section.RECOMMENDATIONS);
        }
        if (PEER_TEAM.matcher(lower).matches()) {
            return Optional.of(Section.PEER_TEAM);
        }
        boolean other = OTHER.matcher(lower).matches()
                || !number.lookingAt() && THEMES.matcher(lower).matches();
        return other ? Optional.of(Section.OTHER) : Optional.empty();
    }

    /** "3.1 The peer team": the depth its number gives (1 for "3" or none, 2 for "3.1"). */
    public static int depth(String line) {
        Matcher number = NUMBER.matcher(line);
        return number.lookingAt() && number.group(1).contains(".") ? 2 : 1;
    }
}
