package uk.gov.lga.hub.application.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose instances describe one request (who is asking). Such an instance may only be held by
 * something that lives no longer than the request: a start-up check refuses to deploy a servlet, filter, listener or
 * application-scoped bean that has one injected, because it would serve the first caller's identity to everyone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequestDerived {}
