package uk.gov.lga.hub.ui.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.ui.signin.SignedInUser;

/** The header and navigation for whoever is looking: each role sees its own way in. */
@Named
@RequestScoped
public class Navigation {

    public record Item(String label, String path) {}

    @Inject
    Caller caller;

    @Inject
    CouncilDirectory councils;

    public List<Item> getItems() {
        return itemsFor(caller);
    }

    /** The signed-in areas a caller may use, in the order of their landing page first. */
    public static List<Item> itemsFor(Caller caller) {
        List<Item> items = new ArrayList<>();
        if (caller.hasRole(Role.PEER_CHALLENGE_MANAGER)) {
            items.add(new Item("Challenges", "/app/challenges/index.xhtml"));
        }
        if (caller.isLgaStaff()) {
            items.add(new Item("Peer directory", "/app/peers/index.xhtml"));
            items.add(new Item("Focus areas", "/app/challenges/focus-areas.xhtml"));
        }
        if (caller.isCouncilUser()) {
            items.add(new Item("Our peer challenges", "/app/council/index.xhtml"));
        }
        if (caller.hasRole(Role.PEER) || caller.hasRole(Role.PEER_CHALLENGE_MANAGER)) {
            items.add(new Item("Peer team workspaces", "/app/workspace/mine.xhtml"));
        }
        if (caller.hasRole(Role.PRINCIPAL_ADVISER) || caller.isLgaStaff()) {
            items.add(new Item(
                    caller.region().map(r -> r.displayName() + " dashboard").orElse("Dashboard"),
                    "/app/adviser/dashboard.xhtml"));
            items.add(new Item("Responses by council", "/app/adviser/national.xhtml"));
        }
        if (caller.hasRole(Role.LGA_ADMIN)) {
            items.add(0, new Item("Councils and users", "/app/admin/councils.xhtml"));
        }
        items.add(new Item("Published reports", "/index.xhtml"));
        items.add(new Item("Search", caller == Caller.ANONYMOUS ? "/search.xhtml" : "/app/search.xhtml"));
        return items;
    }

    public boolean isSignedIn() {
        return caller != Caller.ANONYMOUS;
    }

    public boolean isActive(Item item) {
        return item.path()
                .equals(FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }

    /** "Coventry City Council", "LGA administrator", …: what the user acts as. */
    public String getActingAs() {
        if (caller.councilCode().isPresent()) {
            try {
                return councils.byCode(caller.councilCode().get().value()).name();
            } catch (NotFound unknown) {
                return caller.councilCode().get().value();
            }
        }
        if (caller.hasRole(Role.LGA_ADMIN)) {
            return "LGA administrator";
        }
        if (caller.hasRole(Role.PEER_CHALLENGE_MANAGER)) {
            return "LGA peer challenge manager";
        }
        return caller.region().map(r -> "Principal adviser, " + r.displayName()).orElse("Signed in");
    }

    /** The token the sign-out form sends back (see SignOutServlet). */
    public String getSignOutToken() {
        return SignedInUser.in((HttpSession)
                        FacesContext.getCurrentInstance().getExternalContext().getSession(false))
                .map(SignedInUser::signOutToken)
                .orElse("");
    }

    public String getUsername() {
        return caller.username();
    }
}
