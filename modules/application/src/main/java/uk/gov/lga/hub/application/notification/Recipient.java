package uk.gov.lga.hub.application.notification;

import java.util.Set;
import uk.gov.lga.hub.domain.reminder.Audience;

/**
 * A person a reminder goes to, with the parts of the challenge that make them hear of it (the first says why, in
 * the mail).
 */
public record Recipient(String username, String email, String name, Set<Audience> as) {

    public boolean lgaStaff() {
        return as.contains(Audience.MANAGER) || as.contains(Audience.ADVISER);
    }
}
