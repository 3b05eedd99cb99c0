package uk.gov.lga.hub.ui.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.notification.NotificationCentre;
import uk.gov.lga.hub.application.security.Caller;

class NotificationsLinkTest {

    static final Caller EDITOR =
            new Caller("coventry-editor", Set.of("council-editor"), Optional.empty(), Optional.empty());

    static NotificationsLink linkCounting(AtomicInteger asked, long open, boolean fails) {
        NotificationsLink link = new NotificationsLink();
        link.caller = EDITOR;
        link.centre = new NotificationCentre() {
            @Override
            public long openCount(Caller caller) {
                asked.incrementAndGet();
                if (fails) {
                    throw new IllegalStateException("the database is not there");
                }
                return open;
            }
        };
        return link;
    }

    @Test
    void theCountIsAskedOncePerPageHoweverOftenThePageShowsIt() {
        AtomicInteger asked = new AtomicInteger();
        NotificationsLink link = linkCounting(asked, 3, false);
        assertTrue(link.isCounted());
        assertEquals(3, link.getOpen());
        assertEquals(1, asked.get());
    }

    @Test
    void noneOpenShowsTheLinkWithoutACount() {
        assertFalse(linkCounting(new AtomicInteger(), 0, false).isCounted());
    }

    @Test
    void aCountThatFailsShowsTheLinkWithoutOneInsteadOfFailingThePage() {
        AtomicInteger asked = new AtomicInteger();
        NotificationsLink link = linkCounting(asked, 3, true);
        assertFalse(link.isCounted());
        assertEquals(-1, link.getOpen());
        assertEquals(1, asked.get(), "a failure is not asked again on the same page");
    }
}
