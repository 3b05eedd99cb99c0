package uk.gov.lga.hub.domain.evidence;

/** A file the {@link EvidencePolicy} let in: its safe name, the type read from its content, size and SHA-256. */
public record AcceptedFile(String fileName, String contentType, long sizeBytes, String sha256) {}
