package uk.gov.lga.hub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.notification.Frequency;
import uk.gov.lga.hub.domain.notification.Notification;
import uk.gov.lga.hub.domain.notification.NotificationPreference;
import uk.gov.lga.hub.domain.notification.NotificationRepository;

/**
 * What the Hub has told a signed-in person: the list of what needs their action, a count for the header, marking one
 * done, and how often they want to hear. Everything here is the caller's own: another person's notification is not
 * found, whatever its id.
 */
@ApplicationScoped
@Transactional
public class NotificationCentre {

    static final int SHOWN = 100;

    @Inject
    NotificationRepository notifications;

    @Inject
    Clock clock;

    /** One notification as its recipient sees it. */
    public record Item(
            long id,
            String kind,
            boolean urgent,
            String subject,
            String link,
            Instant createdAt,
            String delivery,
            Instant sentAt,
            Instant doneAt) {

        static Item of(Notification n) {
            return new Item(
                    n.id(),
                    n.kind(),
                    n.urgent(),
                    n.subject(),
                    n.link(),
                    n.createdAt(),
                    n.delivery().name(),
                    n.sentAt(),
                    n.doneAt());
        }
    }

    public List<Item> mine(Caller caller, boolean includeDone) {
        return notifications.of(signedIn(caller), includeDone, SHOWN).stream()
                .map(Item::of)
                .toList();
    }

    public long openCount(Caller caller) {
        return caller == Caller.ANONYMOUS ? 0 : notifications.openCount(caller.username());
    }

    public Item markDone(Caller caller, long id) {
        Notification n = notifications
                .ofRecipient(signedIn(caller), id)
                .orElseThrow(() -> new NotFound("You have no notification " + id + "."));
        n.markDone(clock.instant());
        return Item.of(n);
    }

    public Frequency frequency(Caller caller) {
        return notifications.frequencyOf(signedIn(caller));
    }

    public Frequency choose(Caller caller, Frequency chosen) {
        if (chosen == null) {
            throw new uk.gov.lga.hub.domain.shared.DomainRuleViolation(
                    "frequency-required", "Choose how often you want to hear from the Hub.");
        }
        String me = signedIn(caller);
        NotificationPreference preference =
                notifications.preferenceOf(me).orElseGet(() -> new NotificationPreference(me, chosen, clock.instant()));
        preference.choose(chosen, clock.instant());
        notifications.save(preference);
        return chosen;
    }

    private static String signedIn(Caller caller) {
        if (caller == null || caller == Caller.ANONYMOUS) {
            throw new AccessDenied("Sign in to see your notifications.");
        }
        return caller.username();
    }
}
