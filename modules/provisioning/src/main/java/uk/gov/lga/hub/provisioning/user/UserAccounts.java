package uk.gov.lga.hub.provisioning.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import uk.gov.lga.hub.provisioning.Conflict;
import uk.gov.lga.hub.provisioning.InvalidInput;
import uk.gov.lga.hub.provisioning.keycloak.Ensured;

/** Users of the realm and the groups they are in. Group membership is what gives them a council, region and role. */
public final class UserAccounts {

    private static final int PAGE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RealmResource realm;

    public UserAccounts(RealmResource realm) {
        this.realm = realm;
    }

    public Optional<UserRepresentation> find(String username) {
        return realm.users().searchByUsername(username, true).stream()
                .filter(u -> u.getUsername().equals(username))
                .findFirst();
    }

    /**
     * The user, created from the details (enabled, e-mail verified) if there is none with that name. Runs before
     * any group is touched, so thin details for a new user change nothing.
     */
    public Ensured<UserRepresentation> findOrCreate(UserDetails details) {
        Optional<UserRepresentation> existing = find(details.username());
        if (existing.isPresent()) {
            return new Ensured<>(existing.get(), false);
        }
        details.requireEnoughForNewAccount();
        try (Response response = realm.users().create(newUser(details))) {
            int status = response.getStatus();
            if (status == Response.Status.CONFLICT.getStatusCode()) {
                // Either a concurrent call created this very user, or someone else has the e-mail address.
                return find(details.username())
                        .map(u -> new Ensured<>(u, false))
                        .orElseThrow(() -> new Conflict(
                                "Keycloak refused the new user " + details.username() + ": " + errorMessage(response)));
            }
            if (status == Response.Status.BAD_REQUEST.getStatusCode()) {
                // Keycloak's own checks, e.g. its password policy.
                throw new InvalidInput(
                        "Keycloak refused the new user " + details.username() + ": " + errorMessage(response));
            }
            CreatedResponseUtil.getCreatedId(response);
        }
        return new Ensured<>(
                find(details.username())
                        .orElseThrow(() -> new IllegalStateException(
                                "Keycloak created " + details.username() + " but it cannot be found")),
                true);
    }

    /**
     * Puts the user in {@code target} and takes them out of every other group under {@code family} (e.g. every
     * other council's groups), so they hold exactly one place in it.
     */
    public void joinOnly(UserRepresentation user, GroupRepresentation target, String family) {
        UserResource account = realm.users().get(user.getId());
        boolean alreadyIn = false;
        // Out of the others first: if a call fails half way, the user has too little access, never two councils'.
        for (GroupRepresentation group : groupsOf(account)) {
            if (group.getId().equals(target.getId())) {
                alreadyIn = true;
            } else if (isWithin(group, family)) {
                account.leaveGroup(group.getId());
            }
        }
        if (!alreadyIn) {
            account.joinGroup(target.getId());
        }
    }

    /** Takes the user out of {@code family} and every group under it. */
    public void leaveAll(UserRepresentation user, String family) {
        UserResource account = realm.users().get(user.getId());
        for (GroupRepresentation group : groupsOf(account)) {
            if (isWithin(group, family)) {
                account.leaveGroup(group.getId());
            }
        }
    }

    private static boolean isWithin(GroupRepresentation group, String family) {
        String path = group.getPath();
        return path != null && (path.equals(family) || path.startsWith(family + "/"));
    }

    private static List<GroupRepresentation> groupsOf(UserResource account) {
        List<GroupRepresentation> groups = new ArrayList<>();
        List<GroupRepresentation> page;
        do {
            page = account.groups(groups.size(), PAGE, true);
            groups.addAll(page);
        } while (page.size() == PAGE);
        return groups;
    }

    private static UserRepresentation newUser(UserDetails details) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(details.username());
        user.setEmail(details.email());
        user.setFirstName(details.firstName());
        user.setLastName(details.lastName());
        user.setEnabled(true);
        // The LGA has checked the address before asking for access.
        user.setEmailVerified(true);
        if (details.initialPassword() != null) {
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(details.initialPassword());
            // Temporary: Keycloak asks for a new password at the first sign-in.
            password.setTemporary(details.temporaryPassword());
            user.setCredentials(List.of(password));
        }
        return user;
    }

    private static String errorMessage(Response response) {
        try {
            JsonNode body = JSON.readTree(response.readEntity(String.class));
            return body.path("errorMessage").asText(body.path("error").asText("no reason given"));
        } catch (Exception unreadable) {
            return "no reason given";
        }
    }
}
