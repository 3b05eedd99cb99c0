package uk.gov.lga.hub.application.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes events as an RFC 5545 calendar. Every event is all-day ({@code DTSTART;VALUE=DATE}, {@code DTEND} the day
 * after the last), so no time zone applies; {@code X-WR-TIMEZONE} still names Europe/London for apps that show
 * one. {@code DTSTAMP} is the feed's own clock, so the same data reads the same within a day.
 */
public final class IcsCalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    static final String ZONE = "Europe/London";
    private static final String PRODUCT = "-//Local Government Association//Peer Challenge Hub//EN";

    private IcsCalendar() {}

    public static String write(String name, List<CalendarEvent> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
        events.stream()
                .sorted(Comparator.comparing(CalendarEvent::firstDay).thenComparing(CalendarEvent::uid))
                .forEach(event -> calendar.add(vevent(event, stamp)));
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return text.toString();
    }

    private static VEvent vevent(CalendarEvent event, Instant stamp) {
        VEvent vevent = new VEvent(event.firstDay(), event.lastDay().plusDays(1), event.summary());
        vevent.replace(new DtStamp(stamp));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Description(event.description()));
        vevent.add(new Url(event.url()));
        vevent.add(ImmutableTransp.TRANSPARENT);
        return vevent;
    }
}
