package uk.gov.lga.hub.application.national;

/** How far one council has got with answering recommendations: counts only, never the answers. */
public record CouncilResponseCounts(
        String councilCode, long responses, long accepted, long partiallyAccepted, long notAccepted) {}
