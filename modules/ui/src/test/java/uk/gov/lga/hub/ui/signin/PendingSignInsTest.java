package uk.gov.lga.hub.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a session keeps for sign-ins under way is bounded in number and in age, and each is used once. */
class PendingSignInsTest {

    private final Instant now = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aThousandStartedSignInsKeepOnlyTheNewestFew() {
        PendingSignIns pending = new PendingSignIns();
        PendingSignIn first = PendingSignIn.start("/app/", now);
        pending.add(first);
        PendingSignIn last = null;
        for (int i = 0; i < 1000; i++) {
            last = PendingSignIn.start("/app/", now);
            pending.add(last);
        }
        assertEquals(PendingSignIns.MAX_FLOWS, pending.size());
        assertNull(pending.take(first.state(), now), "the oldest made room");
        assertNotNull(pending.take(last.state(), now));
    }

    @Test
    void aFlowOlderThanTheMaximumAgeIsGoneAndAFreshOneIsTakenOnce() {
        PendingSignIns pending = new PendingSignIns();
        PendingSignIn stale = PendingSignIn.start("/app/", now);
        PendingSignIn fresh = PendingSignIn.start("/app/plan/", now.plus(PendingSignIns.MAX_AGE));
        pending.add(stale);
        pending.add(fresh);
        Instant later = now.plus(PendingSignIns.MAX_AGE).plusSeconds(1);
        assertNull(pending.take(stale.state(), later));
        assertEquals("/app/plan/", pending.take(fresh.state(), later).returnTo());
        assertNull(pending.take(fresh.state(), later), "a state is good for one callback");
    }
}
