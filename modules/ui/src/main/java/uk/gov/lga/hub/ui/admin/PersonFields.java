package uk.gov.lga.hub.ui.admin;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.gov.lga.hub.application.access.IdentityProvisioning;
import uk.gov.lga.hub.ui.form.FormErrors;

/**
 * The boxes that say who is being given access, checked all at once so the error summary lists every problem. The
 * rules are the provisioner's (modules/provisioning, UserDetails): checking here first names the field at fault.
 * The first password is never shown again: a refused form comes back with the box empty.
 */
public class PersonFields {

    // Keycloak keeps user names in lower case; the provisioner accepts exactly these.
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_TEXT = 255;
    private static final int MIN_PASSWORD = 8;

    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private String password;

    /** Adds an error for each box about who they are that is not right (the password is checked apart: it comes last). */
    public void checkWho(FormErrors errors) {
        if (username().isEmpty()) {
            errors.add("username", "Enter their user name");
        } else if (!USERNAME.matcher(username()).matches()) {
            errors.add(
                    "username",
                    "User name must only include letters, numbers and . _ @ - (no spaces), start with a letter or "
                            + "number, and be at most 100 characters");
        }
        required(errors, "firstName", firstName, "Enter their first name");
        required(errors, "lastName", lastName, "Enter their last name");
        if (!EMAIL.matcher(stripped(email)).matches() || stripped(email).length() > MAX_TEXT) {
            errors.add("email", "Enter an email address in the correct format, like name@example.gov.uk");
        }
    }

    public void checkPassword(FormErrors errors) {
        if (password == null || password.isBlank() || password.length() < MIN_PASSWORD) {
            errors.add("password", "Enter a first password of at least " + MIN_PASSWORD + " characters");
        }
    }

    private static void required(FormErrors errors, String field, String value, String message) {
        if (stripped(value).isEmpty()) {
            errors.add(field, message);
        } else if (stripped(value).length() > MAX_TEXT) {
            errors.add(field, "Enter no more than " + MAX_TEXT + " characters");
        }
    }

    /** As Keycloak will keep it. */
    public String username() {
        return stripped(username).toLowerCase(Locale.ROOT);
    }

    public String fullName() {
        return stripped(firstName) + " " + stripped(lastName);
    }

    /** Someone with a first password they must change when they first sign in. */
    public IdentityProvisioning.Person person() {
        return IdentityProvisioning.Person.withFirstPassword(
                stripped(email), stripped(firstName), stripped(lastName), password);
    }

    private static String stripped(String value) {
        return value == null ? "" : value.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
