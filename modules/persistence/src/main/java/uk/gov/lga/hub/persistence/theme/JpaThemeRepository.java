package uk.gov.lga.hub.persistence.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;
import uk.gov.lga.hub.domain.theme.ThemeKind;
import uk.gov.lga.hub.domain.theme.ThemeRepository;

@ApplicationScoped
public class JpaThemeRepository implements ThemeRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public List<Theme> coreThemesOf(ThemeFramework framework) {
        return em.createQuery(
                        "select t from Theme t where t.kind = :kind and t.framework = :framework"
                                + " order by t.displayOrder",
                        Theme.class)
                .setParameter("kind", ThemeKind.CORE)
                .setParameter("framework", framework)
                .getResultList();
    }

    @Override
    public Optional<Theme> findByCode(String code) {
        return Optional.ofNullable(em.find(Theme.class, code));
    }

    @Override
    public Theme focusArea(String name) {
        Theme wanted = Theme.focusArea(name);
        return findByCode(wanted.code()).orElseGet(() -> {
            em.persist(wanted);
            return wanted;
        });
    }
}
