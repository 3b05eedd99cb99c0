package uk.gov.lga.hub.application.actionplan;

import uk.gov.lga.hub.domain.actionplan.Decision;

/** The peer challenge manager's decision on a submitted action plan; a request for changes says which. */
public record DecisionCommand(Decision decision, String comment) {}
