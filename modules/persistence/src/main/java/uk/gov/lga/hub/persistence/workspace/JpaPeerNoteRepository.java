package uk.gov.lga.hub.persistence.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.gov.lga.hub.domain.challenge.workspace.PeerNote;
import uk.gov.lga.hub.domain.challenge.workspace.PeerNoteRepository;

/** Row-level security admits only the team the transaction is bound to; the query names the challenge as well. */
@ApplicationScoped
public class JpaPeerNoteRepository implements PeerNoteRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public void add(PeerNote note) {
        em.persist(note);
    }

    @Override
    public List<PeerNote> findByChallenge(long challengeId) {
        return em.createQuery(
                        "select n from PeerNote n where n.challenge.id = :id order by n.writtenAt, n.id",
                        PeerNote.class)
                .setParameter("id", challengeId)
                .getResultList();
    }
}
