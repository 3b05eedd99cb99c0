package uk.gov.lga.hub.application.calendar;

import java.net.URI;

/**
 * The pages an event links to, on the server the feed was asked from. LGA staff act on a challenge from its task
 * list; everyone else who may read it (the council, its adviser) from its action plan.
 */
public record CalendarLinks(URI appRoot, boolean staff) {

    public URI challenge(long challengeId) {
        return staff ? page("app/challenges/challenge.xhtml?id=" + challengeId) : plan(challengeId);
    }

    public URI plan(long challengeId) {
        return page("app/plan/index.xhtml?id=" + challengeId);
    }

    private URI page(String path) {
        return appRoot.resolve(path);
    }
}
