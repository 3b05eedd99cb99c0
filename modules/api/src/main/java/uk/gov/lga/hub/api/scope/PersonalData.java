package uk.gov.lga.hub.api.scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint serves the caller's own records only (their notifications and preferences), whatever their council:
 * another person's are not found. Proven by the notification suite rather than the council matrix.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalData {}
