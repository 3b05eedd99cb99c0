package uk.gov.lga.hub.persistence.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;

@ApplicationScoped
public class JpaCouncilRepository implements CouncilRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public List<Council> findAll() {
        return em.createQuery("select c from Council c order by c.name", Council.class)
                .getResultList();
    }

    @Override
    public Optional<Council> findByCode(String code) {
        return em.createQuery("select c from Council c where c.code = :code", Council.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Council council) {
        em.persist(council);
        // Written now, so rows that name the council by code (its audit trail) can follow in the same transaction.
        em.flush();
    }
}
