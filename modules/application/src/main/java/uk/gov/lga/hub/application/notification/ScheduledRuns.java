package uk.gov.lga.hub.application.notification;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Which instance runs a scheduled job on a day, so that work every instance schedules runs once across the cluster
 * (implemented in the persistence module on the V19 migration's table). Each call commits on its own: a claim must
 * be visible to the other instances before the work starts.
 */
public interface ScheduledRuns {

    /**
     * Whether this instance now holds the day's run: nobody had claimed it, or whoever did has not finished it within
     * the lease (it died part-way; the work is idempotent, so taking it over is safe).
     */
    boolean claim(String job, LocalDate day, String instance, Duration lease);

    /** The day's run is done: no instance takes it again. */
    void finish(String job, LocalDate day, String instance);
}
