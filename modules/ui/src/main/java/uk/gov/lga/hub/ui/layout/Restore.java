package uk.gov.lga.hub.ui.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import uk.gov.lga.hub.ui.signin.UnsentForm;

/** Offers back, once, what was typed into this page before the session ran out (see {@link UnsentForm}). */
@Named
@RequestScoped
public class Restore {

    private UnsentForm unsent;
    private boolean looked;

    public UnsentForm getUnsent() {
        if (!looked) {
            looked = true;
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            if ("GET".equals(request.getMethod())) {
                unsent = UnsentForm.takeFor(request.getSession(false),
                        request.getRequestURI().substring(request.getContextPath().length())).orElse(null);
            }
        }
        return unsent;
    }
}
