package uk.gov.lga.hub.ui.plan;

import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.response.OwnerKind;
import uk.gov.lga.hub.ui.form.FieldError;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormInput;

/**
 * The owner part of an action form (WEB-INF/includes/action-owner.xhtml): which kind was chosen and the one field
 * that goes with it; the fields of the other kinds are ignored. Names start with a prefix ("new-" on the form that
 * adds an action) and ids end with a suffix (the action's id on the forms that change one).
 */
record OwnerFields(OwnerKind kind, String user, String name, String role) {

    /** The "no owner yet" choice (an empty radio value would not survive Facelets' parameters). */
    static final String NONE = "NONE";

    static OwnerFields sent(String prefix, String suffix) {
        String chosen = param(prefix + "owner-kind");
        if (chosen == null || chosen.equals(NONE)) {
            return new OwnerFields(null, null, null, null);
        }
        OwnerKind kind;
        try {
            kind = OwnerKind.valueOf(chosen);
        } catch (IllegalArgumentException unknown) {
            throw new FieldError(prefix + "owner-kind" + suffix, "Choose who owns the action");
        }
        return switch (kind) {
            case USER -> new OwnerFields(kind, param(prefix + "owner-user"), null, null);
            case ROLE -> new OwnerFields(kind, null, null, param(prefix + "owner-role"));
            case TEXT -> new OwnerFields(kind, null, param(prefix + "owner-text"), param(prefix + "owner-text-role"));
        };
    }

    /**
     * As {@link #sent}, with every missing part reported into the form's other problems instead of thrown, so the
     * error summary lists the owner's problem together with the rest of the form's.
     */
    static OwnerFields read(FormInput input, String prefix, String suffix) {
        OwnerFields owner;
        try {
            owner = sent(prefix, suffix);
        } catch (FieldError unknown) {
            input.add(unknown);
            return new OwnerFields(null, null, null, null);
        }
        if (owner.kind() != null) {
            switch (owner.kind()) {
                case USER ->
                    input.text(
                            prefix + "owner-user" + suffix,
                            owner.user(),
                            "Choose the person in the council who owns it");
                case ROLE -> input.text(prefix + "owner-role" + suffix, owner.role(), "Enter the owner's role");
                case TEXT -> input.text(prefix + "owner-text" + suffix, owner.name(), "Enter who owns the action");
            }
        }
        return owner;
    }

    /** The field to show a refusal of the owner at, if the rule is about the owner. */
    static Optional<String> fieldOf(String rule, String prefix, String suffix) {
        String field = switch (rule) {
            case "action-owner-user-required", "action-owner-not-of-council", "identity-provider" -> "user";
            case "action-owner-role-required" -> "role";
            case "action-owner-text-required" -> "text";
            default -> null;
        };
        return Optional.ofNullable(field).map(f -> prefix + "owner-" + f + suffix);
    }

    /** Every id a refusal of the owner can be shown at. */
    static List<String> ids(String prefix, String suffix) {
        return List.of("kind", "user", "role", "text").stream()
                .map(f -> prefix + "owner-" + f + suffix)
                .toList();
    }

    private static String param(String name) {
        return FieldInput.blankToNull(RecommendationPage.params().get(name));
    }
}
