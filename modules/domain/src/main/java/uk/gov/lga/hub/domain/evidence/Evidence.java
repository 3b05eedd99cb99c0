package uk.gov.lga.hub.domain.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;
import uk.gov.lga.hub.domain.shared.WebAddress;

/**
 * A link or an uploaded file that backs up a response, an action or an update. Each version is its own record;
 * versions of one piece of evidence share a lineage, and none is ever changed or removed.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends Identified {

    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id", updatable = false)
    private PeerChallenge challenge;

    @Enumerated(EnumType.STRING)
    @Column(name = "attached_to", nullable = false, updatable = false)
    private EvidenceTarget attachedTo;

    @Column(name = "attached_id", nullable = false, updatable = false)
    private long attachedId;

    @Column(nullable = false, updatable = false)
    private String lineage;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvidenceKind kind;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(updatable = false)
    private String url;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "content_type", updatable = false)
    private String contentType;

    @Column(name = "size_bytes", updatable = false)
    private Long sizeBytes;

    @Column(updatable = false)
    private String sha256;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected Evidence() {}

    private Evidence(
            PeerChallenge challenge,
            EvidenceTarget attachedTo,
            long attachedId,
            String lineage,
            int versionNo,
            String title,
            String by,
            Instant at) {
        this.challenge = challenge;
        this.attachedTo = attachedTo;
        this.attachedId = attachedId;
        this.lineage = lineage;
        this.versionNo = versionNo;
        this.title = DomainRuleViolation.requireText(title, "evidence-title-required", "A title for the evidence");
        this.addedBy = by;
        this.addedAt = at;
    }

    public static Evidence link(
            PeerChallenge challenge,
            EvidenceTarget target,
            long targetId,
            String title,
            String url,
            String by,
            Instant at) {
        return new Evidence(challenge, target, targetId, UUID.randomUUID().toString(), 1, title, by, at).asLink(url);
    }

    public static Evidence file(
            PeerChallenge challenge,
            EvidenceTarget target,
            long targetId,
            String title,
            AcceptedFile file,
            String by,
            Instant at) {
        return new Evidence(challenge, target, targetId, UUID.randomUUID().toString(), 1, title, by, at).asFile(file);
    }

    /** The next version, as a link; this one stays as it was. */
    public Evidence nextLink(String newUrl, String by, Instant at) {
        return next(by, at).asLink(newUrl);
    }

    /** The next version, as a file; this one stays as it was. */
    public Evidence nextFile(AcceptedFile file, String by, Instant at) {
        return next(by, at).asFile(file);
    }

    private Evidence next(String by, Instant at) {
        return new Evidence(challenge, attachedTo, attachedId, lineage, versionNo + 1, title, by, at);
    }

    private Evidence asLink(String address) {
        this.kind = EvidenceKind.LINK;
        this.url = WebAddress.require(
                address, "evidence-url-invalid", "Give the evidence's web address, starting with https://.");
        return this;
    }

    private Evidence asFile(AcceptedFile file) {
        this.kind = EvidenceKind.FILE;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        return this;
    }

    public String councilCode() {
        return councilCode;
    }

    public PeerChallenge challenge() {
        return challenge;
    }

    public EvidenceTarget attachedTo() {
        return attachedTo;
    }

    public long attachedId() {
        return attachedId;
    }

    public String lineage() {
        return lineage;
    }

    public int versionNo() {
        return versionNo;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
