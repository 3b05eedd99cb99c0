package uk.gov.lga.hub.api.answer;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read whose answer is kept, once written, under its stamp ({@link StampedAnswers}); the path parameter named
 * {@link #id()} is the challenge's id.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StampedRead {

    Kind value();

    String id();

    enum Kind {
        CHALLENGE,
        ACTION_PLAN
    }
}
