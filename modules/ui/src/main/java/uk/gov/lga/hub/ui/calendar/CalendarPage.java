package uk.gov.lga.hub.ui.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.application.calendar.CalendarSubscriptions;
import uk.gov.lga.hub.application.calendar.FeedChoice;
import uk.gov.lga.hub.application.calendar.NewSubscription;
import uk.gov.lga.hub.application.calendar.SubscriptionView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.calendar.FeedKind;
import uk.gov.lga.hub.ui.form.Confirmation;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;

/**
 * A person's calendar addresses: calendar apps cannot sign in, so each is a secret address shown once, listed
 * afterwards without its secret and removable. The calendars offered are the ones the person may read.
 */
@Named
@RequestScoped
public class CalendarPage {

    static final String REMOVE = "REMOVE_CALENDAR";

    /** The feed route of the API, under the application's root (CalendarSubscriptionResource). */
    static final String FEED = "/api/v1/calendar-subscriptions/feed/";

    @Inject
    CalendarSubscriptions subscriptions;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private final Confirmation confirmation = new Confirmation();
    private List<SubscriptionView> mine;

    /** A calendar the person may subscribe to. */
    public record Offer(String kind, String name, String hint) {}

    public List<Offer> getOffers() {
        List<Offer> offers = new ArrayList<>();
        caller.councilCode()
                .ifPresent(code -> offers.add(new Offer(
                        FeedKind.COUNCIL.name(),
                        "Your council's calendar",
                        "The visit, publication deadlines, the progress review and every action's due date")));
        if (caller.hasRole(Role.PRINCIPAL_ADVISER) && caller.region().isPresent()) {
            offers.add(new Offer(
                    FeedKind.REGION.name(),
                    caller.region().get().displayName() + " calendar",
                    "Every council of your region"));
        }
        if (caller.hasRole(Role.PEER_CHALLENGE_MANAGER) || caller.hasRole(Role.LGA_ADMIN)) {
            offers.add(new Offer(
                    FeedKind.MANAGED.name(),
                    "Challenges you manage",
                    "Where you are the team's peer challenge manager"));
        }
        return offers;
    }

    /** Makes an address and shows it once, on the next page only (the flash), never again. */
    public String subscribe(String kind) {
        return FormStep.run(errors, rule -> "calendars", "/app/calendar.xhtml?faces-redirect=true", () -> {
            FeedKind feed = FeedKind.valueOf(kind);
            NewSubscription made = subscriptions.subscribe(
                    caller,
                    new FeedChoice(
                            feed,
                            feed == FeedKind.COUNCIL
                                    ? caller.councilCode().map(c -> c.value()).orElse(null)
                                    : null,
                            feed == FeedKind.REGION
                                    ? caller.region().map(r -> r.code()).orElse(null)
                                    : null));
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            context.getFlash().put("calendarAddress", root(context) + FEED + made.token() + ".ics");
            return "Your calendar address is ready. Copy it now: it will not be shown again.";
        });
    }

    /** The first press asks; only the confirmation's post removes the address. */
    public String remove(long id) {
        if (!confirmation.confirms(REMOVE, id)) {
            confirmation.ask(REMOVE, id);
            return null;
        }
        return FormStep.run(
                errors,
                "calendars",
                "The calendar address is removed: calendars using it get nothing more.",
                "/app/calendar.xhtml?faces-redirect=true",
                () -> subscriptions.revoke(caller, id));
    }

    public boolean askingToRemove(long id) {
        return confirmation.asking(REMOVE, id);
    }

    public List<SubscriptionView> getMine() {
        if (mine == null) {
            // Newest first: the address just made is at the top.
            mine = subscriptions.mine(caller).stream()
                    .sorted(java.util.Comparator.comparing(SubscriptionView::createdAt)
                            .thenComparing(SubscriptionView::id)
                            .reversed())
                    .toList();
        }
        return mine;
    }

    public String nameOf(SubscriptionView view) {
        return switch (view.feed()) {
            case COUNCIL -> "Council calendar (" + view.target() + ")";
            case REGION -> "Region calendar (" + view.target() + ")";
            case MANAGED -> "Challenges you manage";
        };
    }

    public FormErrors getErrors() {
        return errors;
    }

    private static String root(ExternalContext context) {
        int port = context.getRequestServerPort();
        boolean usual = port == 80 && "http".equals(context.getRequestScheme())
                || port == 443 && "https".equals(context.getRequestScheme());
        return context.getRequestScheme() + "://" + context.getRequestServerName() + (usual ? "" : ":" + port)
                + context.getRequestContextPath();
    }
}
