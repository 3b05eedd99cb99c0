package uk.gov.lga.hub.ui.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The service's page for a refusal or a wrong address (400, 403, 404, 405): the container's error page forwards here
 * with the words to show, so the header, the navigation and sign-out stay, and there is a way on.
 */
@Named
@RequestScoped
public class ProblemPage {

    public static final String VIEW = "/problem.xhtml";
    public static final String TITLE = "uk.gov.lga.hub.problem.title";
    public static final String DETAIL = "uk.gov.lga.hub.problem.detail";

    public String getTitle() {
        Object title = attribute(TITLE);
        return title == null ? "Page not found" : title.toString();
    }

    public String getDetail() {
        Object detail = attribute(DETAIL);
        return detail == null ? "Check the address, or go back to your start page." : detail.toString();
    }

    private static Object attribute(String name) {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(name);
    }
}
