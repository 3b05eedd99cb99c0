package uk.gov.lga.hub.ui.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A form posted after its session ended. The server keeps nothing of it: the page's own script saved what was
 * typed in the browser tab's sessionStorage when it was sent, and puts it back once the user has signed in again
 * and is back on the page (see Restore and unsent-form.js). The server only works out which page that is, and marks
 * the return so the script may restore; it does so only for a post our own page sent, so another site cannot make
 * a user's page fill itself in.
 */
public final class UnsentForm {

    /** The query parameter that tells the page it is the return after an unsent form. */
    public static final String MARK = "unsent";

    /** Fields that name the record a page shows, so the page can be found again after signing in. */
    private static final List<String> ADDRESS = List.of("id", "challenge", "code", "change");

    private static final int MAX_ADDRESS_LENGTH = 100;

    private UnsentForm() {}

    /** Where to bring the user back to after signing in again: the page, marked for restoring when ours sent it. */
    public static String returnTo(HttpServletRequest post) {
        StringBuilder page = new StringBuilder(
                post.getRequestURI().substring(post.getContextPath().length()));
        char separator = '?';
        for (String name : ADDRESS) {
            String value = post.getParameter(name);
            if (value != null && !value.isBlank() && value.length() <= MAX_ADDRESS_LENGTH) {
                page.append(separator)
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        if (SameOrigin.proven(post)) {
            page.append(separator).append(MARK).append("=1");
        }
        return page.toString();
    }
}
