package uk.gov.lga.hub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.lga.hub.application.access.IdentityProvisioning;
import uk.gov.lga.hub.application.access.IdentityProvisioning.Member;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.reminder.Audience;
import uk.gov.lga.hub.domain.reminder.Reminder;

/**
 * Who, by name and address, a reminder about one council's challenge reaches. Council people come only from that
 * council's own members as Keycloak lists them (an action's owner too: someone who has left the council hears
 * nothing), the manager from the challenge's own team, the adviser from the council's region: so nobody hears about
 * another council's data. Addresses come from Keycloak through the provisioner, looked up once per run.
 */
@ApplicationScoped
public class Recipients {

    static final String EDITOR_ROLE = IdentityProvisioning.CouncilRole.COUNCIL_EDITOR.roleName();

    @Inject
    IdentityProvisioning identity;

    /** One run's lookups, so a council with forty reminders asks Keycloak once. */
    public final class Lookup {

        private final Map<String, List<Member>> members = new HashMap<>();
        private final Map<String, List<Member>> advisers = new HashMap<>();
        private final Map<String, Optional<Member>> people = new HashMap<>();

        public List<Recipient> of(Reminder reminder, PeerChallenge challenge) {
            String council = challenge.council().code();
            Map<String, Recipient> found = new LinkedHashMap<>();
            for (Audience audience : order(reminder)) {
                for (Member m : membersFor(audience, reminder, challenge, council)) {
                    found.merge(
                            m.username(),
                            new Recipient(m.username(), m.email(), m.name(), EnumSet.of(audience)),
                            (a, b) -> {
                                EnumSet<Audience> as = EnumSet.copyOf(a.as());
                                as.addAll(b.as());
                                return new Recipient(a.username(), a.email(), a.name(), as);
                            });
                }
            }
            return new ArrayList<>(found.values());
        }

        private List<Member> membersFor(Audience audience, Reminder reminder, PeerChallenge challenge, String council) {
            return switch (audience) {
                case COUNCIL_EDITORS ->
                    councilMembers(council).stream()
                            .filter(m -> EDITOR_ROLE.equals(m.role()))
                            .toList();
                case ACTION_OWNER ->
                    councilMembers(council).stream()
                            .filter(m -> m.username().equals(reminder.owner()))
                            .limit(1)
                            .toList();
                case MANAGER ->
                    challenge.team().stream()
                            .filter(p -> p.role() == TeamRole.PEER_CHALLENGE_MANAGER && p.username() != null)
                            .map(p -> people.computeIfAbsent(p.username(), identity::person))
                            .flatMap(Optional::stream)
                            .toList();
                case ADVISER ->
                    advisers.computeIfAbsent(challenge.council().region().code(), identity::advisers);
            };
        }

        private List<Member> councilMembers(String council) {
            return members.computeIfAbsent(council, identity::members);
        }
    }

    public Lookup lookup() {
        return new Lookup();
    }

    /** The people who act come first, so the mail says why in their terms. */
    private static List<Audience> order(Reminder reminder) {
        return List.of(Audience.values()).stream()
                .filter(reminder.audience()::contains)
                .toList();
    }
}
