package uk.gov.lga.hub.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real stack first (database, Keycloak), then Arquillian deploys the real WAR to Payara Micro. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({RunningStack.class, ArquillianExtension.class})
public @interface HubIntegrationTest {}
