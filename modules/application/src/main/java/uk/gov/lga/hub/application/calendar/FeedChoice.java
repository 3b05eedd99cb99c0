package uk.gov.lga.hub.application.calendar;

import uk.gov.lga.hub.domain.calendar.FeedKind;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Which calendar a subscription address is for: {@code {"feed":"COUNCIL","council":"E08000026"}},
 * {@code {"feed":"MANAGED"}} or {@code {"feed":"REGION","region":"west-midlands"}}.
 */
public record FeedChoice(FeedKind feed, String council, String region) {

    /** The council's or region's code the feed names; none for a manager's own. */
    public String target() {
        DomainRuleViolation.require(
                feed != null, "calendar-feed-required", "Say which calendar: COUNCIL, MANAGED or REGION.");
        return switch (feed) {
            case COUNCIL -> DomainRuleViolation.requireText(council, "calendar-council-required", "The council's code");
            case REGION -> DomainRuleViolation.requireText(region, "calendar-region-required", "The region's code");
            case MANAGED -> null;
        };
    }
}
