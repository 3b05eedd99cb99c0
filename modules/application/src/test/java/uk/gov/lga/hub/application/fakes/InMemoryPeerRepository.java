package uk.gov.lga.hub.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.PeerTeamMember;
import uk.gov.lga.hub.domain.peer.Peer;
import uk.gov.lga.hub.domain.peer.PeerRepository;

/** The peer directory: shared data, read without a tenant. */
final class InMemoryPeerRepository implements PeerRepository {

    private final InMemoryHub hub;
    private final List<Peer> peers = new ArrayList<>();

    InMemoryPeerRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public Optional<Peer> findById(long id) {
        return peers.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public List<Peer> findAll() {
        return peers.stream().sorted(Comparator.comparing(Peer::name)).toList();
    }

    @Override
    public Optional<Peer> findByUsername(String username) {
        return peers.stream().filter(p -> username.equals(p.username())).findFirst();
    }

    @Override
    public List<PeerTeamMember> placesOf(long peerId) {
        return hub.challenges.stream()
                .sorted(Comparator.comparing((uk.gov.lga.hub.domain.challenge.PeerChallenge c) ->
                                c.visit().startDate())
                        .reversed())
                .flatMap(c -> c.team().stream())
                .filter(m -> Objects.equals(m.peerId(), peerId))
                .toList();
    }

    @Override
    public void add(Peer peer) {
        peers.add(peer);
        hub.persist(peer);
    }

    @Override
    public void flush() {
        hub.flush();
    }
}
