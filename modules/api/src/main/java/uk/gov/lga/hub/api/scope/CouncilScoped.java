package uk.gov.lga.hub.api.scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint reads or writes one council's data. The tenant-isolation test matrix must cover every such
 * endpoint (it fails the build otherwise), as every role, for the caller's own council and another.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CouncilScoped {}
