package uk.gov.lga.hub.api.calendar;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import uk.gov.lga.hub.application.calendar.IcsCalendar;

/** What the calendar routes share: the reply, and where the UI's pages are for each event's link. */
final class Calendars {

    private Calendars() {}

    static Response ics(String calendar) {
        // Cache-Control: no-store comes from the web module's SecurityHeaders, as for every answer with council data.
        return Response.ok(calendar, IcsCalendar.MEDIA_TYPE).build();
    }

    /** The application's root: the API is served at {@code <root>/api/}. */
    static URI appRoot(UriInfo uri) {
        return uri.getBaseUri().resolve("../");
    }
}
