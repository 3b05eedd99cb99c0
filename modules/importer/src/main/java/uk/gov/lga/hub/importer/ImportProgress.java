package uk.gov.lga.hub.importer;

/** Told how far a long import has got, so a page can show it. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (what, done, total) -> {};

    void step(String what, int done, int total);
}
