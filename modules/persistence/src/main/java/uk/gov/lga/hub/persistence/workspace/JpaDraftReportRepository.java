package uk.gov.lga.hub.persistence.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftChange;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftChangeKind;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftReport;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftReportRepository;

/** Row-level security admits only the team the transaction is bound to; the queries name the challenge as well. */
@ApplicationScoped
public class JpaDraftReportRepository implements DraftReportRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<DraftReport> findByChallenge(long challengeId) {
        return em.createQuery("select d from DraftReport d where d.challenge.id = :id", DraftReport.class)
                .setParameter("id", challengeId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(DraftReport draft) {
        em.persist(draft);
    }

    @Override
    public void record(DraftChange change) {
        em.persist(change);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<DraftChange> changes(long challengeId, String sectionKey) {
        if (sectionKey == null) {
            return em.createQuery(
                            "select c from DraftChange c where c.challengeId = :id order by c.at desc, c.id desc",
                            DraftChange.class)
                    .setParameter("id", challengeId)
                    .getResultList();
        }
        return em.createQuery(
                        "select c from DraftChange c where c.challengeId = :id and c.kind = :saved"
                                + " and c.sectionKey = :key order by c.version desc",
                        DraftChange.class)
                .setParameter("id", challengeId)
                .setParameter("saved", DraftChangeKind.SECTION_SAVED)
                .setParameter("key", sectionKey)
                .getResultList();
    }
}
