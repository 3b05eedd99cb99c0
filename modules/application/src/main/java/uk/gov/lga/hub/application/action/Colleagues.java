package uk.gov.lga.hub.application.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import uk.gov.lga.hub.application.access.IdentityProvisioning;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.response.ActionOwner;

/**
 * The people of a council who may own its actions: its users as the identity provider lists them. Only the
 * tenant's own council is ever asked for, which is what keeps another council's users out of reach.
 */
@ApplicationScoped
public class Colleagues {

    @Inject
    IdentityProvisioning identity;

    /** A council user as an owner choice: user name and the name people know them by. */
    public record Colleague(String username, String name) {}

    public List<Colleague> of(Tenant tenant) {
        return identity.members(tenant.councilCode().value()).stream()
                .map(m -> new Colleague(m.username(), m.name()))
                .distinct()
                .sorted(Comparator.comparing(Colleague::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Asks the identity provider only when a user owner is actually chosen. */
    ActionOwner.CouncilPeople peopleOf(Tenant tenant) {
        return username -> of(tenant).stream()
                .filter(c -> c.username().equals(username))
                .map(Colleague::name)
                .findFirst();
    }
}
