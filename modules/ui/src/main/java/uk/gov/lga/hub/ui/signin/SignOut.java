package uk.gov.lga.hub.ui.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Signs out of the service and of Keycloak. A Faces form post, so its view state guards it against CSRF. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    OidcSettings oidc;

    public void signOut() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        HttpSession session = request.getSession(false);
        SignedInUser user = session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
        if (session != null) {
            session.invalidate();
        }
        String base = request.getRequestURL().toString();
        String home = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
        context.redirect(user == null ? home : oidc.endSessionEndpoint()
                + "?client_id=" + SignInServlet.encode(oidc.clientId())
                + "&id_token_hint=" + SignInServlet.encode(user.idToken())
                + "&post_logout_redirect_uri=" + SignInServlet.encode(home));
    }
}
