package uk.gov.lga.hub.domain.reminder;

/**
 * Who a reminder is for, by their part in the challenge; the application finds the people behind each. In the order
 * a person's reason for hearing is given, when they have several.
 */
public enum Audience {
    /** The council user who owns the action (when its owner is a person with a sign-in). */
    ACTION_OWNER,
    /** The council's editors: they publish, respond and keep the plan up to date. */
    COUNCIL_EDITORS,
    /** The LGA's peer challenge manager on the challenge's team. */
    MANAGER,
    /** The principal adviser of the council's region. */
    ADVISER
}
