package uk.gov.lga.hub.persistence.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.Publication;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.PublicationRepository;

@ApplicationScoped
public class JpaPublicationRepository implements PublicationRepository {

    private static final List<PublicationKind> REPORTS =
            List.of(PublicationKind.FEEDBACK_REPORT, PublicationKind.PROGRESS_REVIEW_REPORT);

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public List<Publication> publishedReports() {
        return em.createQuery(
                        "select p from Publication p join fetch p.challenge c join fetch c.council"
                                + " where p.kind in :reports order by p.publishedOn desc, p.id desc",
                        Publication.class)
                .setParameter("reports", REPORTS)
                .getResultList();
    }

    @Override
    public Optional<Publication> findReport(long id) {
        return Optional.ofNullable(em.find(Publication.class, id)).filter(p -> REPORTS.contains(p.kind()));
    }
}
