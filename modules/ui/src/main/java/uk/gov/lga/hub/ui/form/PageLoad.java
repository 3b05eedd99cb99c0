package uk.gov.lga.hub.ui.form;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.shared.NotFound;

/**
 * A page's first load ({@code f:viewAction}): a record that is not there, or not the caller's to see, is answered
 * with the error page, never a stack trace.
 */
public final class PageLoad {

    private PageLoad() {}

    /** Not there and not theirs alike answer 404, so a page does not tell which records exist. */
    public static void orNotFound(Runnable load) throws IOException {
        orError(load, 404);
    }

    private static void orError(Runnable load, int deniedStatus) throws IOException {
        try {
            load.run();
        } catch (NotFound | AccessDenied notThere) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext()
                    .responseSendError(notThere instanceof AccessDenied ? deniedStatus : 404, notThere.getMessage());
            context.responseComplete();
        }
    }
}
