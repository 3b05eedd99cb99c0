package uk.gov.lga.hub.ui.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.lga.hub.application.security.Caller;

/** Where each role lands after signing in: the first area its navigation offers. */
@Named
@RequestScoped
public class Landing {

    @Inject
    Caller caller;

    public String goToFirstArea() {
        String first = firstAreaOf(caller);
        return first != null ? first + "?faces-redirect=true" : null;
    }

    /** The page a caller lands on; null when none of their areas is in the signed-in UI (no role yet). */
    public static String firstAreaOf(Caller caller) {
        String first = Navigation.itemsFor(caller).get(0).path();
        return first.startsWith("/app/") ? first : null;
    }
}
