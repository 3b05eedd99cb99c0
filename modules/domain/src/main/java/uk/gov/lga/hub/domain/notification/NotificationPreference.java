package uk.gov.lga.hub.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's choice of how to hear about what is not urgent. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected NotificationPreference() {}

    public NotificationPreference(String username, Frequency frequency, Instant at) {
        this.username = username;
        choose(frequency, at);
    }

    public void choose(Frequency chosen, Instant at) {
        this.frequency = chosen;
        this.changedAt = at;
    }

    public String username() {
        return username;
    }

    public Frequency frequency() {
        return frequency;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
