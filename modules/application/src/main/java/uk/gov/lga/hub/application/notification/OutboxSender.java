package uk.gov.lga.hub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.domain.notification.Delivery;
import uk.gov.lga.hub.domain.notification.Notification;
import uk.gov.lga.hub.domain.notification.NotificationRepository;

/**
 * Delivers the outbox. Each batch is claimed in a transaction of its own with FOR UPDATE SKIP LOCKED, so two
 * instances never mail the same row; a row is marked sent in the transaction that claimed it, after the relay took
 * it. A relay that is down leaves the row for a later attempt (waits double, up to an hour): mail is delayed, never
 * lost. If the database fails after the relay took a mail, that one mail may go again; its Message-ID is the same.
 */
@ApplicationScoped
public class OutboxSender {

    static final int BATCH = 25;

    @Inject
    NotificationRepository notifications;

    @Inject
    MailServer mail;

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    /** What one batch did. */
    public record Batch(int sent, int failed) {

        public boolean more() {
            return sent + failed == BATCH;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch deliverDue() {
        int sent = 0;
        int failed = 0;
        for (Notification n : notifications.claimDue(clock.instant(), BATCH)) {
            try {
                mail.send(new MailServer.Mail(n.email(), n.subject(), n.bodyText(), n.bodyHtml(), messageId(n)));
                n.sent(clock.instant());
                sent++;
            } catch (MessagingException | RuntimeException refused) {
                n.failed(refused.getMessage(), clock.instant(), settings.firstRetry());
                failed++;
            }
        }
        return new Batch(sent, failed);
    }

    /**
     * One mail per person listing what waited for their digest; the items are marked sent with it. If the relay
     * is down they wait for the next digest.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sendDigests(Delivery digest) {
        Map<String, List<Notification>> byPerson = new LinkedHashMap<>();
        for (Notification n : notifications.claimDigest(digest, 500)) {
            byPerson.computeIfAbsent(n.recipient(), r -> new java.util.ArrayList<>())
                    .add(n);
        }
        int mailed = 0;
        for (List<Notification> items : byPerson.values()) {
            DigestMail words = DigestMail.of(items, digest, settings);
            try {
                mail.send(new MailServer.Mail(
                        items.get(0).email(),
                        words.subject(),
                        words.text(),
                        words.html(),
                        "<digest-" + items.get(0).id() + "@peer-challenge-hub>"));
                items.forEach(n -> n.sent(clock.instant()));
                mailed++;
            } catch (MessagingException | RuntimeException down) {
                // Left as they were: the next digest includes them.
            }
        }
        return mailed;
    }

    static String messageId(Notification n) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(n.idempotencyKey().getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@peer-challenge-hub>";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
