package uk.gov.lga.hub.api.scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint serves no council's own data: LGA-owned shared data, or counts across councils. Every resource
 * method carries this or {@link CouncilScoped}, so nobody adds an endpoint without deciding which it is.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SharedData {}
