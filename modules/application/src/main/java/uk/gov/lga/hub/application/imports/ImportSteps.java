package uk.gov.lga.hub.application.imports;

/** Told how far a long import has got, so a page can show it. */
@FunctionalInterface
public interface ImportSteps {

    ImportSteps NONE = (what, done, total) -> {};

    void step(String what, int done, int total);
}
