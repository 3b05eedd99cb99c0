package uk.gov.lga.hub.application.calendar;

import java.net.URI;
import java.time.LocalDate;

/**
 * One all-day event of a calendar feed, from its first to its last day (both included).
 *
 * @param uid stable across feeds and days, so a calendar app replaces the event when it changes
 * @param url the page to act on
 */
public record CalendarEvent(
        String uid, LocalDate firstDay, LocalDate lastDay, String summary, String description, URI url) {

    static final String UID_DOMAIN = "@peer-challenge-hub";

    public static CalendarEvent oneDay(String uid, LocalDate day, String summary, String description, URI url) {
        return new CalendarEvent(uid, day, day, summary, description, url);
    }
}
