package uk.gov.lga.hub.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import uk.gov.lga.hub.it.TenantIsolationIT.Case;
import uk.gov.lga.hub.it.TenantIsolationIT.Fixture;
import uk.gov.lga.hub.it.TenantIsolationIT.User;

/**
 * The tenant-isolation cases of the calendar routes. A subscription address reads as the user who made it, so its
 * case gives each user an address of their own for the council (stored as the service would, with the user's
 * claims): whoever may not read the council must find nothing at theirs.
 */
final class CalendarCases {

    private CalendarCases() {}

    static void addTo(Map<String, Case> cases, Connection owner) {
        cases.put(
                "GET /api/v1/councils/{code}/calendar.ics",
                new Case(
                        "GET",
                        f -> "api/v1/councils/" + f.council().code() + "/calendar.ics",
                        f -> null,
                        TenantIsolationIT.READS));
        cases.put(
                "GET /api/v1/regions/{region}/calendar.ics",
                new Case("GET", CalendarCases::regionFeed, f -> null, TenantIsolationIT.READS_REGION));
        cases.put(
                "GET /api/v1/calendars/managed.ics",
                new Case(
                        "GET",
                        (user, f) -> "api/v1/calendars/managed.ics",
                        f -> null,
                        TenantIsolationIT.LGA_STAFF,
                        Set.of(),
                        true));
        cases.put(
                "POST /api/v1/calendar-subscriptions",
                new Case(
                        "POST",
                        f -> "api/v1/calendar-subscriptions",
                        f -> "{\"feed\":\"COUNCIL\",\"council\":\""
                                + f.council().code() + "\"}",
                        TenantIsolationIT.READS));
        cases.put(
                "GET /api/v1/calendar-subscriptions/feed/{token}.ics",
                new Case(
                        "GET",
                        (user, f) -> "api/v1/calendar-subscriptions/feed/" + addressOf(owner, user, f) + ".ics",
                        f -> null,
                        TenantIsolationIT.READS,
                        Set.of(),
                        false));
    }

    /**
     * The council's region's feed. The nine regions are public, so a refusal there (403) need not read as a
     * missing record: like a case that needs a real row, it has no address for the missing council.
     */
    private static String regionFeed(Fixture f) {
        if (f == TenantIsolationIT.MISSING) {
            throw new IllegalStateException("a region is no secret: no missing-record comparison");
        }
        return "api/v1/regions/" + f.council().region() + "/calendar.ics";
    }

    /** The user's subscription to the council's calendar, made if missing; its secret token. */
    private static String addressOf(Connection owner, User user, Fixture f) {
        String token =
                sha256("isolation " + user.name() + " " + f.council().code()).substring(0, 43);
        try {
            OwnerDatabase.execute(
                    owner,
                    "insert into calendar_subscription (id, token_hash, username, roles, subscriber_council,"
                            + " subscriber_region, feed, feed_target, created_at) values (nextval('hub_id_seq'), '"
                            + sha256(token)
                            + "', '" + user.name() + "', '" + String.join(",", user.roles()) + "', "
                            + quoted(
                                    user.council() == null
                                            ? null
                                            : user.council().code()) + ", "
                            + quoted(user.region()) + ", 'COUNCIL', '"
                            + f.council().code() + "', now())"
                            + " on conflict (token_hash) do nothing");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
