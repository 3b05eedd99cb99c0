package uk.gov.lga.hub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.application.access.IdentityProvisioning;
import uk.gov.lga.hub.application.access.IdentityProvisioning.Member;
import uk.gov.lga.hub.application.progress.CouncilSort;
import uk.gov.lga.hub.application.progress.Dashboard;
import uk.gov.lga.hub.application.progress.ProgressFilter;
import uk.gov.lga.hub.application.progress.ProgressService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.notification.Frequency;
import uk.gov.lga.hub.domain.notification.Notification;
import uk.gov.lga.hub.domain.notification.NotificationRepository;
import uk.gov.lga.hub.domain.region.Region;

/**
 * Each principal adviser's weekly digest of their region: who is behind (the region dashboard's own ranking, read
 * as that adviser would read it) and what became overdue in the week. One per adviser and week, like any other
 * notification: never twice.
 */
@ApplicationScoped
public class AdviserDigests {

    static final String KIND = "REGION_DIGEST";

    @Inject
    IdentityProvisioning identity;

    @Inject
    ProgressService progress;

    @Inject
    NotificationRepository notifications;

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DailyReminders.Added> weekly(LocalDate day, Map<Region, List<String>> becameOverdue) {
        List<DailyReminders.Added> added = new ArrayList<>();
        for (Region region : Region.values()) {
            for (Member adviser : identity.advisers(region.code())) {
                Caller as = new Caller(
                        adviser.username(), Set.of(Role.PRINCIPAL_ADVISER), Optional.empty(), Optional.of(region));
                Dashboard dashboard = progress.region(as, region, ProgressFilter.NONE, CouncilSort.MOST_BEHIND_FIRST);
                Notification.Message words = RegionDigestMail.of(
                        region, day, dashboard, becameOverdue.getOrDefault(region, List.of()), adviser, settings);
                Frequency frequency = notifications.frequencyOf(adviser.username());
                Notification digest = new Notification(
                        new Notification.Decided(
                                String.join("|", adviser.username(), "region-digest", region.code(), day.toString()),
                                adviser.username(),
                                adviser.email(),
                                null,
                                null,
                                region.code(),
                                KIND,
                                false,
                                words,
                                // It is already a digest: only "off" holds it back (to the Hub).
                                frequency == Frequency.OFF
                                        ? uk.gov.lga.hub.domain.notification.Delivery.CENTRE_ONLY
                                        : uk.gov.lga.hub.domain.notification.Delivery.NOW),
                        clock.instant());
                if (notifications.addOnce(digest)) {
                    added.add(new DailyReminders.Added(
                            adviser.username(),
                            region.code(),
                            null,
                            KIND,
                            words.subject(),
                            digest.delivery().name()));
                }
            }
        }
        return added;
    }
}
