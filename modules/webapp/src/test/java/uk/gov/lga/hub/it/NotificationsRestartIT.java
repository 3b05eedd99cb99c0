package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.lga.hub.devstack.PayaraMicroServer;

/**
 * Issue 14, exactly once across instances: a second instance on the same database and mail server is stopped while
 * it runs the daily reminders; the first instance runs the same day again. Every council's decisions are one
 * transaction, so the stop leaves each council decided or not, never half; the second run adds only what is missing;
 * both instances' senders deliver the one outbox, and each notification arrives once.
 */
@ExtendWith(RunningStack.class)
class NotificationsRestartIT {

    /** Coventry's actions 2.3 and 2.5 are due on 30 September 2024: reminders nobody else's run decides. */
    static final String DAY = "2024-09-25";

    final URL base = RunningStack.appUrl();

    @Test
    void anInstanceStoppedDuringARunLeavesNothingHalfDoneAndTheNextRunCompletesItOnce() throws Exception {
        Path runtime = Path.of(System.getProperty("hub.runtime.dir"));
        String admin = Tokens.of("admin");
        long before;
        try (Connection owner = OwnerDatabase.connect()) {
            before = OwnerDatabase.longs(owner, "select coalesce(max(id), 0) from notification")
                    .get(0);
        }
        PayaraMicroServer second = PayaraMicroServer.start(
                runtime.resolve("payara-micro.jar"),
                Path.of(System.getProperty("hub.war")),
                Files.createDirectories(runtime.resolve("notifications-second-app")),
                RunningStack.freePort(),
                RunningStack.appSettings());
        Api onSecond = new Api(URI.create(second.baseUrl() + "/").toURL());
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            try {
                return onSecond.send("POST", NotificationsIT.RUN + "?today=" + DAY, admin, null)
                        .status();
            } catch (Exception stopped) {
                return -1;
            }
        });
        long decidedBeforeTheStop;
        try (Connection owner = OwnerDatabase.connect()) {
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (newRows(owner, before) == 0 && !running.isDone() && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            second.close();
            decidedBeforeTheStop = newRows(owner, before);
        }
        System.out.println("[it] the second instance stopped with " + decidedBeforeTheStop
                + " notifications decided; its run answered " + running.get());

        Api.Reply again = new Api(base).send("POST", NotificationsIT.RUN + "?today=" + DAY, admin, null);
        assertEquals(200, again.status(), again.body());
        int addedByTheFirst = again.json()
                .asJsonObject()
                .getJsonObject("run")
                .getJsonArray("added")
                .size();
        try (Connection owner = OwnerDatabase.connect()) {
            long total = newRows(owner, before);
            assertTrue(total > 0, "the day has reminders");
            assertEquals(total, decidedBeforeTheStop + addedByTheFirst, "the second run added only what was missing");
            List<String> toEditor = OwnerDatabase.strings(
                    owner,
                    "select subject from notification where id > " + before
                            + " and recipient = 'coventry-editor' order by subject");
            List<String> arrived = Mailbox.await(
                            "coventry-editor",
                            m -> m.stream()
                                            .filter(x -> toEditor.contains(x.subject()))
                                            .count()
                                    >= toEditor.size(),
                            Duration.ofSeconds(60))
                    .stream()
                    .map(Mailbox.Mail::subject)
                    .filter(toEditor::contains)
                    .sorted()
                    .toList();
            assertEquals(toEditor, arrived, "each decided notification arrived, once");
            assertEquals(
                    List.of(),
                    OwnerDatabase.strings(
                            owner,
                            "select recipient || ' ' || subject from notification where id > " + before
                                    + " and email is not null and delivery = 'NOW' and sent_at is null"),
                    "nothing left unsent");
        }
    }

    private static long newRows(Connection owner, long before) throws java.sql.SQLException {
        return OwnerDatabase.longs(owner, "select count(*) from notification where id > " + before)
                .get(0);
    }
}
