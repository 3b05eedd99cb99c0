package uk.gov.lga.hub.provisioning.user;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.gov.lga.hub.provisioning.InvalidInput;

/**
 * Who a council user or adviser is: what a new Keycloak account is created with. The e-mail address and names are
 * needed only to create an account; an existing account is never changed from them, because the provisioner
 * manages access and people keep their own details up to date. A field that is given must be valid.
 *
 * @param initialPassword optional; set on a new account only
 * @param temporaryPassword whether Keycloak makes the user change the initial password at their first sign-in (what
 *     an administrator giving someone access wants); otherwise it is permanent (development and tests)
 */
public record UserDetails(
        String username,
        String email,
        String firstName,
        String lastName,
        String initialPassword,
        boolean temporaryPassword) {

    // Keycloak lower-cases user names; accepting only what it keeps as given avoids surprises.
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_TEXT = 255;

    public UserDetails {
        username = username(username);
        email = optional(email, "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInput("'email' must be an e-mail address.");
        }
        firstName = optional(firstName, "firstName");
        lastName = optional(lastName, "lastName");
        if (initialPassword != null && initialPassword.isBlank()) {
            throw new InvalidInput("'initialPassword' must not be blank; leave it out to set none.");
        }
        if (temporaryPassword && initialPassword == null) {
            throw new InvalidInput("'temporaryPassword' needs an 'initialPassword' to apply to.");
        }
    }

    /** A user name as Keycloak keeps it (lower case), or a refusal. */
    public static String username(String given) {
        String username = given == null ? "" : given.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInput(
                    "A user name is 1 to 100 letters, digits and . _ @ - , starting with a letter " + "or digit.");
        }
        return username;
    }

    /** Refuses, before anything is changed, details too thin to create the account from. */
    void requireEnoughForNewAccount() {
        if (email == null || firstName == null || lastName == null) {
            throw new InvalidInput("There is no user " + username + " yet: 'email', 'firstName' and 'lastName' "
                    + "are required to create one.");
        }
    }

    private static String optional(String value, String field) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw new InvalidInput("'" + field + "' must not be blank; leave it out if it is not known.");
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidInput("'" + field + "' may have at most " + MAX_TEXT + " characters.");
        }
        return value.trim();
    }

    @Override
    public String toString() {
        return "UserDetails[" + username + "]";
    }
}
