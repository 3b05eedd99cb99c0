package uk.gov.lga.hub.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OwnerPasswordTest {

    @Test
    void theOwnersPasswordIsTakenOnceAndThenGoneFromTheRunningApplication() {
        System.setProperty(SchemaMigration.OWNER_PASSWORD, "owner-secret");
        assertEquals("owner-secret", SchemaMigration.takeOwnerPassword());
        assertNull(System.getProperty(SchemaMigration.OWNER_PASSWORD), "no longer in the JVM's properties");
        assertEquals(
                java.util.Objects.requireNonNullElse(System.getenv("HUB_DB_OWNER_PASSWORD"), ""),
                SchemaMigration.takeOwnerPassword(),
                "a second take finds nothing of the first");
    }
}
