package uk.gov.lga.hub.domain.council.register;

/**
 * One change a register load makes to one council, with the value before and after (null where there is none).
 *
 * @param name the council's name as it will be
 * @param row the register's row for the council (null for a council the register no longer lists)
 */
public record PlannedChange(
        RegisterChangeKind kind, String code, String name, String before, String after, RegisterRow row) {}
