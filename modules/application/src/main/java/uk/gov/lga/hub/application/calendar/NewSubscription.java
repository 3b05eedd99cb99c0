package uk.gov.lga.hub.application.calendar;

/** A subscription just made, with its secret token: the only time the token is told. */
public record NewSubscription(SubscriptionView subscription, String token) {}
