package uk.gov.lga.hub.ui.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.lga.hub.application.notification.NotificationCentre;
import uk.gov.lga.hub.application.security.Caller;

/**
 * The header's link to the notification centre, with how many notifications are open: one count per page, asked
 * once per request. A count is a courtesy, so a failure to count shows the link without one rather than failing the
 * page.
 */
@Named
@RequestScoped
public class NotificationsLink {

    private static final Logger LOG = Logger.getLogger(NotificationsLink.class.getName());

    @Inject
    NotificationCentre centre;

    @Inject
    Caller caller;

    private Long open;

    /** How many are open, or -1 when they could not be counted. */
    public long getOpen() {
        if (open == null) {
            open = count();
        }
        return open;
    }

    /** Whether the link shows a count: some are open and they could be counted. */
    public boolean isCounted() {
        return getOpen() > 0;
    }

    private long count() {
        try {
            return centre.openCount(caller);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Notifications not counted for the header: {0}", failed.toString());
            return -1;
        }
    }
}
