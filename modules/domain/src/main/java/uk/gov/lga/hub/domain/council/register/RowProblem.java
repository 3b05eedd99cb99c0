package uk.gov.lga.hub.domain.council.register;

/** Why one line of a register file cannot be loaded, in words for the person who loaded it. */
public record RowProblem(int line, String message) {}
