package uk.gov.lga.hub.persistence;

/**
 * How many SQL statements the current thread has sent through EclipseLink since {@link #begin()}: the development
 * and test measure of a request's work (the {@code X-Hub-Sql-Statements} header, StatementCountIT), so that an N+1
 * cannot come back unnoticed. Nothing is counted on a thread that did not begin, as in production.
 */
public final class StatementCount {

    private static final ThreadLocal<int[]> COUNTER = new ThreadLocal<>();

    private StatementCount() {}

    /** Starts counting on this thread, from zero. */
    public static void begin() {
        COUNTER.set(new int[1]);
    }

    /** The statements sent since {@link #begin()}, or -1 when this thread is not counting. */
    public static int current() {
        int[] counter = COUNTER.get();
        return counter == null ? -1 : counter[0];
    }

    /** Stops counting on this thread. */
    public static void end() {
        COUNTER.remove();
    }

    /** One statement sent: EclipseLink's session listener calls it, and so does code that sends its own JDBC. */
    public static void counted() {
        int[] counter = COUNTER.get();
        if (counter != null) {
            counter[0]++;
        }
    }
}
