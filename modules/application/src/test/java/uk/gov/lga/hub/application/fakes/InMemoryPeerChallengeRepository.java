package uk.gov.lga.hub.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.theme.Theme;

/** Challenges: shared data (the council's own records hang off them behind the tenant wall). */
final class InMemoryPeerChallengeRepository implements PeerChallengeRepository {

    private static final Comparator<PeerChallenge> MOST_RECENT_FIRST =
            Comparator.comparing((PeerChallenge c) -> c.visit().startDate()).reversed();

    private final InMemoryHub hub;

    InMemoryPeerChallengeRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public Optional<PeerChallenge> findById(long id) {
        return hub.challenges.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public Set<String> councilsWithChallenges() {
        return hub.challenges.stream().map(c -> c.council().code()).collect(Collectors.toSet());
    }

    @Override
    public List<PeerChallenge> findByCouncilCode(String councilCode) {
        return hub.challenges.stream()
                .filter(c -> c.council().code().equals(councilCode))
                .sorted(MOST_RECENT_FIRST)
                .toList();
    }

    @Override
    public List<PeerChallenge> findAll() {
        return hub.challenges.stream().sorted(MOST_RECENT_FIRST).toList();
    }

    @Override
    public List<PeerChallenge> managedBy(String username) {
        return findAll().stream()
                .filter(c -> c.team().stream()
                        .anyMatch(m -> m.role() == TeamRole.PEER_CHALLENGE_MANAGER && username.equals(m.username())))
                .toList();
    }

    @Override
    public List<PeerChallenge> withTeamMember(String username) {
        return findAll().stream().filter(c -> c.grantsReadTo(username)).toList();
    }

    @Override
    public List<PeerChallenge> namingTheme(Theme theme) {
        return hub.challenges.stream().filter(c -> c.scope().contains(theme)).toList();
    }

    @Override
    public void add(PeerChallenge challenge) {
        hub.challenges.add(challenge);
        hub.persist(challenge);
    }

    @Override
    public void flush() {
        hub.flush();
    }

    @Override
    public void markChanged(PeerChallenge challenge) {
        hub.forceVersionIncrement(challenge);
    }
}
