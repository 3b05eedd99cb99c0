package uk.gov.lga.hub.importer;

/** Something the importer could not read with confidence: which field, why, and the text it came from. */
public record Doubt(String field, String reason, String sourceText) {}
