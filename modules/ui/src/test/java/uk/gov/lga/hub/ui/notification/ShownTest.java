package uk.gov.lga.hub.ui.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.notification.NotificationCentre.Item;

class ShownTest {

    static final String PLAN = "Coventry City Council's action plan was due to be published by 18 April 2024";

    static Item item(boolean urgent, String subject, Instant doneAt) {
        return new Item(
                1,
                "PUBLICATION_OVERDUE",
                urgent,
                subject,
                "https://hub.example/app/plan/index.xhtml?id=1",
                Instant.EPOCH,
                "NOW",
                null,
                doneAt);
    }

    @Test
    void anEscalationIsTaggedRedAndItsTitleDoesNotSayItTwice() {
        Shown shown = Shown.of(item(true, "Escalated: " + PLAN, null));
        assertEquals("Escalated", shown.tag());
        assertEquals("govuk-tag--red", shown.tagColour());
        assertEquals(PLAN, shown.title());
    }

    @Test
    void anOverdueNoticeIsTaggedOverdue() {
        Shown shown = Shown.of(item(true, "Overdue: " + PLAN, null));
        assertEquals("Overdue", shown.tag());
        assertEquals(PLAN, shown.title());
    }

    @Test
    void aReminderThatIsNotUrgentHasNoTagAndKeepsItsSubject() {
        Shown shown = Shown.of(item(false, "Overdue: is only a word here", null));
        assertNull(shown.tag());
        assertEquals("Overdue: is only a word here", shown.title());
        assertFalse(shown.isDone());
        assertTrue(Shown.of(item(false, PLAN, Instant.EPOCH)).isDone());
    }
}
