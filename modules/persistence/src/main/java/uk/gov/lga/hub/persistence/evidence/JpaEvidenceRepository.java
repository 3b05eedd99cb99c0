package uk.gov.lga.hub.persistence.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.evidence.Evidence;
import uk.gov.lga.hub.domain.evidence.EvidenceRepository;

/** No council filter is written here on purpose: the tenant binding adds it to every query. */
@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public void addLink(Evidence link) {
        em.persist(link);
    }

    @Override
    public void addFile(Evidence file, byte[] content) {
        em.persist(file);
        em.persist(new StoredFile(file.id(), content));
    }

    @Override
    public Optional<Evidence> findById(long id) {
        return Optional.ofNullable(em.find(Evidence.class, id));
    }

    @Override
    public List<Evidence> findByChallenge(long challengeId) {
        return em.createQuery(
                        "select e from Evidence e where e.challenge.id = :id order by e.addedAt, e.id", Evidence.class)
                .setParameter("id", challengeId)
                .getResultList();
    }

    @Override
    public List<Evidence> versionsOf(String lineage) {
        return em.createQuery(
                        "select e from Evidence e where e.lineage = :lineage order by e.versionNo", Evidence.class)
                .setParameter("lineage", lineage)
                .getResultList();
    }

    @Override
    public Optional<byte[]> contentOf(long evidenceId) {
        return Optional.ofNullable(em.find(StoredFile.class, evidenceId)).map(StoredFile::content);
    }
}
