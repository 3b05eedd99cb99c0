package uk.gov.lga.hub.provisioning;

/**
 * A named point inside a change made of several Keycloak calls. Tests use it to fail a change half way and prove
 * that calling again completes it; in normal running it does nothing.
 */
@FunctionalInterface
public interface Checkpoint {

    Checkpoint NONE = name -> {};

    void reached(String name);
}
