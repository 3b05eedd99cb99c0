package uk.gov.lga.hub.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A council record people edit: who changed it last and when, and the version a save must quote so two editors
 * never overwrite each other. A mapped superclass rather than an embeddable because JPA keeps {@code @Version}
 * out of embeddables, and the three belong together.
 */
@MappedSuperclass
public abstract class AttributedRecord extends Identified {

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Records who made the change now being made, and when. */
    protected final void changedBy(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
