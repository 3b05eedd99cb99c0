package uk.gov.lga.hub.persistence.peer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.PeerTeamMember;
import uk.gov.lga.hub.domain.peer.Peer;
import uk.gov.lga.hub.domain.peer.PeerRepository;

@ApplicationScoped
public class JpaPeerRepository implements PeerRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<Peer> findById(long id) {
        return Optional.ofNullable(em.find(Peer.class, id));
    }

    @Override
    public List<Peer> findAll() {
        return em.createQuery("select p from Peer p order by lower(p.name), p.id", Peer.class)
                .getResultList();
    }

    @Override
    public Optional<Peer> findByUsername(String username) {
        return em.createQuery("select p from Peer p where p.username = :username", Peer.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PeerTeamMember> placesOf(long peerId) {
        return em.createQuery(
                        "select m from PeerTeamMember m join fetch m.challenge c join fetch c.council"
                                + " where m.peerId = :peer order by c.visit.startDate desc",
                        PeerTeamMember.class)
                .setParameter("peer", peerId)
                .getResultList();
    }

    @Override
    public void add(Peer peer) {
        em.persist(peer);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
