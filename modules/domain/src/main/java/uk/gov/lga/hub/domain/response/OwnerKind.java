package uk.gov.lga.hub.domain.response;

/** How an action's owner was given. */
public enum OwnerKind {
    /** One of the council's users, by user name; shown by their name. */
    USER,
    /** A named role, such as "Director of Finance". */
    ROLE,
    /** Text as typed; an optional role may go with it (how plans recorded owners before). */
    TEXT
}
