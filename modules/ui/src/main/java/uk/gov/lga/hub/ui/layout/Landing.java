package uk.gov.lga.hub.ui.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Where each role lands after signing in: the first area its navigation offers. */
@Named
@RequestScoped
public class Landing {

    @Inject
    Navigation navigation;

    public String goToFirstArea() {
        Navigation.Item first = navigation.getItems().get(0);
        return first.path().startsWith("/app/") ? first.path() + "?faces-redirect=true" : null;
    }
}
