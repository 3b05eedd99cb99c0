package uk.gov.lga.hub.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17: the scheduled daily job on two instances runs the day's reminders once, and only once it is claimed. */
class DailyJobOnceTest {

    static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-03-02T06:00:00Z"), ZoneOffset.UTC);

    /** The claims as the database keeps them: first claim wins, a finished day stays done. */
    static final class Claims implements ScheduledRuns {
        final Map<LocalDate, String> holder = new HashMap<>();
        final List<LocalDate> finished = new ArrayList<>();

        @Override
        public boolean claim(String job, LocalDate day, String instance, Duration lease) {
            return holder.putIfAbsent(day, instance) == null;
        }

        @Override
        public void finish(String job, LocalDate day, String instance) {
            finished.add(day);
        }
    }

    /** An instance's job whose reminders only record the days they ran. */
    static DailyJob instance(Claims claims, List<String> ran, String name, boolean fails) {
        DailyJob job = new DailyJob() {
            @Override
            public Day on(LocalDate day) {
                if (fails) {
                    throw new IllegalStateException("the database went away");
                }
                ran.add(name + " " + day);
                return new Day(new DailyReminders.Run(day, List.of(), List.of()), 0);
            }
        };
        job.runs = claims;
        job.clock = MONDAY_MORNING;
        return job;
    }

    @Test
    void twoInstancesOnTheSameDayRunTheRemindersOnce() {
        Claims claims = new Claims();
        List<String> ran = new ArrayList<>();
        assertTrue(instance(claims, ran, "hub-1", false).todayOnce("hub-1").isPresent());
        assertTrue(instance(claims, ran, "hub-2", false).todayOnce("hub-2").isEmpty());
        assertEquals(List.of("hub-1 2026-03-02"), ran);
        assertEquals(List.of(LocalDate.of(2026, 3, 2)), claims.finished);
    }

    @Test
    void aRunThatFailsIsNotMarkedDoneSoItsLeaseCanPass() {
        Claims claims = new Claims();
        assertThrows(
                IllegalStateException.class,
                () -> instance(claims, new ArrayList<>(), "hub-1", true).todayOnce("hub-1"));
        assertEquals(List.of(), claims.finished);
    }
}
