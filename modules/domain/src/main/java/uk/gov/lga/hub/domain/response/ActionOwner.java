package uk.gov.lga.hub.domain.response;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Who owns an action: one of the council's own users (so reminders can reach them), a named role, or text as it
 * was typed (imported and older plans). A user owner must be one of the council's people: the tenant wall, so a
 * council can never name another council's user.
 */
@Embeddable
public class ActionOwner {

    /** The council's people as the identity provider knows them, by user name. */
    @FunctionalInterface
    public interface CouncilPeople {
        /** The person's name, if the user name is one of the council's users. */
        Optional<String> nameOf(String username);
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    private OwnerKind kind;

    @Column(name = "owner_user")
    private String username;

    @Column(name = "owner_name")
    private String name;

    @Column(name = "owner_role")
    private String role;

    protected ActionOwner() {}

    private ActionOwner(OwnerKind kind, String username, String name, String role) {
        this.kind = kind;
        this.username = username;
        this.name = name;
        this.role = role;
    }

    /**
     * The owner an editor chose, or null for none. Without a kind, a name is text as typed (with the role, if
     * any) and a role alone is a role: how owners were given before there were kinds.
     */
    public static ActionOwner chosen(OwnerKind kind, String username, String name, String role, CouncilPeople people) {
        String user = blankToNull(username);
        String text = blankToNull(name);
        String roleName = blankToNull(role);
        if (kind == null) {
            return text != null ? new ActionOwner(OwnerKind.TEXT, null, text, roleName) : roleOrNone(roleName);
        }
        return switch (kind) {
            case USER -> person(user, people);
            case ROLE ->
                new ActionOwner(
                        OwnerKind.ROLE,
                        null,
                        null,
                        DomainRuleViolation.requireText(roleName, "action-owner-role-required", "The owner's role"));
            case TEXT ->
                new ActionOwner(
                        OwnerKind.TEXT,
                        null,
                        DomainRuleViolation.requireText(text, "action-owner-text-required", "Who owns the action"),
                        roleName);
        };
    }

    /** An owner as a view or a frozen copy holds it: the same reading of rows written before kinds existed. */
    public static ActionOwner restored(OwnerKind kind, String username, String name, String role) {
        return kind == OwnerKind.USER
                ? new ActionOwner(OwnerKind.USER, username, name, null)
                : chosen(kind, null, name, role, nobody -> Optional.empty());
    }

    private static ActionOwner person(String username, CouncilPeople people) {
        DomainRuleViolation.require(
                username != null, "action-owner-user-required", "Choose the person in the council who owns it.");
        String name = people.nameOf(username)
                .orElseThrow(() -> new DomainRuleViolation(
                        "action-owner-not-of-council",
                        "The owner must be one of the council's own users; " + username + " is not."));
        return new ActionOwner(OwnerKind.USER, username, name, null);
    }

    private static ActionOwner roleOrNone(String role) {
        return role == null ? null : new ActionOwner(OwnerKind.ROLE, null, null, role);
    }

    /** How pages, exports and print show the owner; typed text is marked as such. */
    public String shown() {
        return switch (kind) {
            case USER -> name;
            case ROLE -> role;
            case TEXT -> name + (role == null ? "" : ", " + role) + " (as typed)";
        };
    }

    public OwnerKind kind() {
        return kind;
    }

    /** The user name of a user owner, else null. */
    public String username() {
        return username;
    }

    /** A user owner's name or the typed text, else null. */
    public String name() {
        return name;
    }

    /** The role of a role owner, or the role typed with text, else null. */
    public String role() {
        return role;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionOwner other
                && kind == other.kind
                && Objects.equals(username, other.username)
                && Objects.equals(name, other.name)
                && Objects.equals(role, other.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, username, name, role);
    }

    @Override
    public String toString() {
        return shown();
    }
}
