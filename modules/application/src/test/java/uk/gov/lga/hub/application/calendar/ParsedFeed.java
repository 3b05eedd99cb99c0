package uk.gov.lga.hub.application.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** A feed as a calendar app reads it: parsed by ical4j's own parser, each event's values as plain data. */
record ParsedFeed(Map<String, String> properties, Map<String, Event> events) {

    record Event(
            String uid,
            LocalDate start,
            LocalDate end,
            boolean allDay,
            String summary,
            String description,
            String url,
            String stamp) {}

    static ParsedFeed of(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            Map<String, String> properties = calendar.getPropertyList().getAll().stream()
                    .collect(Collectors.toMap(Property::getName, Property::getValue, (a, b) -> a));
            List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
            Map<String, Event> events =
                    vevents.stream().map(ParsedFeed::event).collect(Collectors.toMap(Event::uid, Function.identity()));
            return new ParsedFeed(properties, events);
        } catch (IOException | ParserException e) {
            throw new AssertionError("Not a calendar ical4j can read: " + e.getMessage() + "\n" + ics, e);
        }
    }

    Event event(String uid) {
        Event event = events.get(uid);
        if (event == null) {
            throw new AssertionError("No event " + uid + " among " + events.keySet());
        }
        return event;
    }

    private static Event event(VEvent vevent) {
        Property start = vevent.getProperty(Property.DTSTART).orElseThrow();
        Property end = vevent.getProperty(Property.DTEND).orElseThrow();
        return new Event(
                value(vevent, Property.UID),
                date(start),
                date(end),
                isDate(start) && isDate(end),
                value(vevent, Property.SUMMARY),
                value(vevent, Property.DESCRIPTION),
                value(vevent, Property.URL),
                value(vevent, Property.DTSTAMP));
    }

    private static String value(VEvent vevent, String name) {
        return vevent.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static boolean isDate(Property property) {
        Optional<Parameter> type = property.getParameter(Parameter.VALUE);
        return type.map(Parameter::getValue).filter("DATE"::equals).isPresent();
    }

    private static LocalDate date(Property property) {
        return LocalDate.parse(property.getValue().substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
    }
}
