package uk.gov.lga.hub.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.notification.Delivery;
import uk.gov.lga.hub.domain.notification.Notification;
import uk.gov.lga.hub.domain.notification.NotificationPreference;
import uk.gov.lga.hub.domain.notification.NotificationRepository;
import uk.gov.lga.hub.persistence.tenancy.EclipseLinkTenantBinding;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    /**
     * One statement, so two decisions of the same notification at once (two instances) cannot both land: the unique
     * key lets one in and the other does nothing, without failing its transaction. The id comes from the schema's
     * sequence; its value itself is never one the application's blocks of fifty use.
     */
    @Override
    public boolean addOnce(Notification n) {
        int added = em.createNativeQuery(
                        "insert into notification (id, idempotency_key, recipient, email, about_council,"
                                + " challenge_id, kind, urgent, subject, body_text, body_html, link, delivery, created_at,"
                                + " next_attempt_at, attempts, region_code) values (nextval('hub_id_seq'), ?1, ?2, ?3,"
                                + " cast(?4 as varchar), cast(?5 as bigint), ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                + " cast(?13 as timestamptz), cast(?14 as timestamptz), 0, cast(?15 as varchar))"
                                + " on conflict (idempotency_key) do nothing")
                .setParameter(1, n.idempotencyKey())
                .setParameter(2, n.recipient())
                .setParameter(3, n.email())
                .setParameter(4, n.councilCode())
                .setParameter(5, n.challengeId())
                .setParameter(6, n.kind())
                .setParameter(7, n.urgent())
                .setParameter(8, n.subject())
                .setParameter(9, n.bodyText())
                .setParameter(10, n.bodyHtml())
                .setParameter(11, n.link())
                .setParameter(12, n.delivery().name())
                .setParameter(13, utc(n.createdAt()))
                .setParameter(14, utc(n.nextAttemptAt()))
                .setParameter(15, n.regionCode())
                .setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true)
                .executeUpdate();
        return added == 1;
    }

    @Override
    public List<Notification> claimDue(Instant now, int max) {
        List<Long> ids = lockedIds(
                "select id from notification where sent_at is null and next_attempt_at <= ?1"
                        + " order by next_attempt_at limit ?2 for update skip locked",
                utc(now),
                max);
        return byIds(ids);
    }

    @Override
    public List<Notification> claimDigest(Delivery digest, int max) {
        List<Long> ids = lockedIds(
                "select id from notification where sent_at is null and delivery = ?1 and email is not null"
                        + " order by recipient, created_at limit ?2 for update skip locked",
                digest.name(),
                max);
        return byIds(ids);
    }

    private List<Long> lockedIds(String sql, Object first, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(sql)
                .setParameter(1, first)
                .setParameter(2, max)
                .setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Notification> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Already locked by the statement above; read them fresh, not from this context's cache.
        return em.createQuery("select n from Notification n where n.id in :ids order by n.id", Notification.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.refresh", true)
                .setLockMode(LockModeType.NONE)
                .getResultList();
    }

    @Override
    public List<Notification> of(String recipient, boolean includeDone, int max) {
        return em.createQuery(
                        "select n from Notification n where n.recipient = :who"
                                + (includeDone ? "" : " and n.doneAt is null")
                                + " order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("who", recipient)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long openCount(String recipient) {
        return em.createQuery(
                        "select count(n) from Notification n where n.recipient = :who and n.doneAt is null", Long.class)
                .setParameter("who", recipient)
                .getSingleResult();
    }

    @Override
    public Optional<Notification> ofRecipient(String recipient, long id) {
        return em.createQuery(
                        "select n from Notification n where n.recipient = :who and n.id = :id", Notification.class)
                .setParameter("who", recipient)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<NotificationPreference> preferenceOf(String username) {
        return Optional.ofNullable(em.find(NotificationPreference.class, username));
    }

    @Override
    public void save(NotificationPreference preference) {
        if (em.find(NotificationPreference.class, preference.username()) == null) {
            em.persist(preference);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
