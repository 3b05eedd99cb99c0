package uk.gov.lga.hub.domain.challenge.timetable;

import java.util.List;

/**
 * The counts behind the feedback report's standard paragraph: each session is one meeting, and the people met
 * add up across sessions. The report states them as "more than" a round figure, as the printed reports do.
 */
public record VisitTimetable(int meetings, int peopleMet) {

    /** Below this, a count is stated exactly: "more than 5" of 7 says less than "7". */
    static final int EXACT_BELOW = 10;

    public static VisitTimetable of(List<VisitSession> sessions) {
        return new VisitTimetable(
                sessions.size(),
                sessions.stream().mapToInt(VisitSession::peopleMet).sum());
    }

    /** The paragraph's two sentences, e.g. "Gathered information and views from more than 35 meetings." */
    public String paragraph() {
        return "Gathered information and views from " + figure(meetings, "meeting") + ", in addition to further"
                + " research and reading. Spoke to " + figure(peopleMet, "person", "people") + ".";
    }

    /** 37 becomes "more than 35", 40 "more than 35" too (exactly 40 is not more than 40), 7 stays "7". */
    static String figure(int count, String one, String many) {
        String noun = count == 1 ? one : many;
        if (count < EXACT_BELOW) {
            return count + " " + noun;
        }
        return "more than " + (count - 1) / 5 * 5 + " " + many;
    }

    private static String figure(int count, String noun) {
        return figure(count, noun, noun + "s");
    }
}
