package uk.gov.lga.hub.provisioning.keycloak;

/** Something that now exists, and whether this call had to create it. */
public record Ensured<T>(T value, boolean created) {}
