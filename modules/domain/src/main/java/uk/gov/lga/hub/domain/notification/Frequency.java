package uk.gov.lga.hub.domain.notification;

/** How a person wants the notifications that are not urgent; urgent ones always go at once. */
public enum Frequency {
    IMMEDIATELY,
    DAILY,
    WEEKLY,
    OFF;

    /** Everyone starts by hearing at once: nothing the Hub knows waits unless they choose so. */
    public static final Frequency DEFAULT = IMMEDIATELY;

    /**
     * How one notification reaches its recipient. Overdue and escalated ones cannot be delayed or switched off,
     * whoever gets them, so an escalation always reaches the LGA staff it is for.
     */
    public Delivery deliveryOf(boolean urgent) {
        if (urgent) {
            return Delivery.NOW;
        }
        return switch (this) {
            case IMMEDIATELY -> Delivery.NOW;
            case DAILY -> Delivery.DAILY_DIGEST;
            case WEEKLY -> Delivery.WEEKLY_DIGEST;
            case OFF -> Delivery.CENTRE_ONLY;
        };
    }
}
