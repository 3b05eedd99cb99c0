package uk.gov.lga.hub.ui.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import uk.gov.lga.hub.ui.signin.UnsentForm;

/**
 * Whether this page is the return after a form was posted to an ended session (see {@link UnsentForm}): then the
 * page carries the notice that the script in {@code assets/unsent-form.js} shows when it puts the typed text back.
 */
@Named
@RequestScoped
public class Restore {

    public boolean isOffered() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return "GET".equals(request.getMethod()) && "1".equals(request.getParameter(UnsentForm.MARK));
    }
}
