package uk.gov.lga.hub.domain.notification;

/** Whether a notification is mailed now, in a digest, or only shown in the Hub's notification centre. */
public enum Delivery {
    NOW,
    DAILY_DIGEST,
    WEEKLY_DIGEST,
    CENTRE_ONLY
}
