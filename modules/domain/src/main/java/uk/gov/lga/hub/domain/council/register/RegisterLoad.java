package uk.gov.lga.hub.domain.council.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * One register file uploaded by an administrator: previewed first, then confirmed (once). The file is kept with the
 * columns it was read by, so a confirmation applies exactly what was previewed, and the councils' fingerprint at
 * the preview, so it applies only to the councils the preview was made against.
 */
@Entity
@Table(name = "register_load")
public class RegisterLoad extends Identified {

    public enum Status {
        PREVIEWED,
        CONFIRMED
    }

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "source_text", nullable = false, updatable = false)
    private String sourceText;

    @Column(name = "code_column", nullable = false, updatable = false)
    private String codeColumn;

    @Column(name = "name_column", nullable = false, updatable = false)
    private String nameColumn;

    @Column(name = "type_column", updatable = false)
    private String typeColumn;

    @Column(name = "region_column", nullable = false, updatable = false)
    private String regionColumn;

    /** The fields whose column was guessed from the headings, by key, comma-separated. */
    @Column(name = "guessed_fields", nullable = false, updatable = false)
    private String guessedFields;

    @Column(name = "councils_fingerprint", nullable = false, updatable = false)
    private String councilsFingerprint;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "change_count", nullable = false, updatable = false)
    private int changeCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "previewed_by", nullable = false, updatable = false)
    private String previewedBy;

    @Column(name = "previewed_at", nullable = false, updatable = false)
    private Instant previewedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected RegisterLoad() {}

    public RegisterLoad(
            String fileName,
            String sourceText,
            RegisterColumns.Guess columns,
            String councilsFingerprint,
            int rowCount,
            int changeCount,
            String previewedBy,
            Instant previewedAt) {
        this.fileName = fileName == null || fileName.isBlank() ? null : fileName.strip();
        this.sourceText = sourceText;
        this.codeColumn = columns.columns().code();
        this.nameColumn = columns.columns().name();
        this.typeColumn = columns.columns().type();
        this.regionColumn = columns.columns().region();
        this.guessedFields = String.join(
                ",", columns.guessed().stream().map(RegisterColumns.Field::key).toList());
        this.councilsFingerprint = councilsFingerprint;
        this.rowCount = rowCount;
        this.changeCount = changeCount;
        this.status = Status.PREVIEWED;
        this.previewedBy = previewedBy;
        this.previewedAt = previewedAt;
    }

    /**
     * Marks the load applied. Refused if it was confirmed already, or if the councils are no longer those it was
     * previewed against.
     */
    public void confirm(String currentFingerprint, String actor, Instant at) {
        if (status == Status.CONFIRMED) {
            throw new RegisterLoadOutOfDate(
                    "register-load-already-confirmed",
                    "This register was loaded already (by " + confirmedBy + "). Upload the file again to see what"
                            + " it would change now.");
        }
        if (!councilsFingerprint.equals(currentFingerprint)) {
            throw new RegisterLoadOutOfDate(
                    "register-changed-since-preview",
                    "The councils have changed since this preview was made (another load or an onboarding), so it"
                            + " may no longer say what loading the file would do. Nothing was changed. Upload the file"
                            + " again for a new preview.");
        }
        this.status = Status.CONFIRMED;
        this.confirmedBy = actor;
        this.confirmedAt = at;
    }

    public RegisterColumns columns() {
        return new RegisterColumns(codeColumn, nameColumn, typeColumn, regionColumn);
    }

    /** The councils' fingerprint when the preview was made (see RegisterPlan#fingerprint). */
    public String councilsFingerprintAtPreview() {
        return councilsFingerprint;
    }

    /** The keys of the fields whose column was guessed at the preview. */
    public java.util.List<String> guessedFields() {
        return guessedFields.isEmpty() ? java.util.List.of() : java.util.List.of(guessedFields.split(","));
    }

    public String fileName() {
        return fileName;
    }

    public String sourceText() {
        return sourceText;
    }

    public int rowCount() {
        return rowCount;
    }

    public int changeCount() {
        return changeCount;
    }

    public Status status() {
        return status;
    }

    public String previewedBy() {
        return previewedBy;
    }

    public Instant previewedAt() {
        return previewedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }
}
