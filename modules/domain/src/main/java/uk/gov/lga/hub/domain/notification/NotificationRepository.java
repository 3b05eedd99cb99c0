package uk.gov.lga.hub.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The notifications decided so far: the outbox the sender delivers from, and each person's centre. */
public interface NotificationRepository {

    /** Adds it unless one with the same key exists (then nothing happens); whether it was added. */
    boolean addOnce(Notification notification);

    /** Up to {@code max} due for an attempt, locked for this transaction and skipped by anyone else's. */
    List<Notification> claimDue(Instant now, int max);

    /** The digest items of a delivery kind still waiting, locked as {@link #claimDue} does. */
    List<Notification> claimDigest(Delivery digest, int max);

    /** The person's notifications, newest first; only theirs. */
    List<Notification> of(String recipient, boolean includeDone, int max);

    long openCount(String recipient);

    /** The person's notification with this id, if it is theirs. */
    Optional<Notification> ofRecipient(String recipient, long id);

    Optional<NotificationPreference> preferenceOf(String username);

    /** How the person wants to hear about what is not urgent: their choice, else the default. */
    default Frequency frequencyOf(String username) {
        return preferenceOf(username).map(NotificationPreference::frequency).orElse(Frequency.DEFAULT);
    }

    void save(NotificationPreference preference);
}
