package uk.gov.lga.hub.persistence.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An uploaded evidence file's bytes, kept apart from its record so lists never load them. Stored in the
 * database behind the same tenant wall as the rest of the council's data, insert-only.
 */
@Entity
@Table(name = "evidence_file")
public class StoredFile {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected StoredFile() {}

    StoredFile(long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
