package uk.gov.lga.hub.persistence.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.gov.lga.hub.domain.theme.FocusAreaUse;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;
import uk.gov.lga.hub.domain.theme.ThemeKind;
import uk.gov.lga.hub.domain.theme.ThemeMergeRecord;
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
        return findAsStored(code).map(Theme::current);
    }

    @Override
    public Optional<Theme> findAsStored(String code) {
        // Anything else names no theme, and is never sent to the database (a NUL would be refused there).
        return Theme.isCodeShaped(code) ? Optional.ofNullable(em.find(Theme.class, code)) : Optional.empty();
    }

    @Override
    public Theme focusArea(String name) {
        Theme wanted = Theme.focusArea(name);
        return findByCode(wanted.code()).orElseGet(() -> {
            em.persist(wanted);
            return wanted;
        });
    }

    @Override
    public Map<String, String> names() {
        return em.createQuery("select t from Theme t", Theme.class).getResultList().stream()
                .collect(Collectors.toMap(Theme::code, t -> t.current().name()));
    }

    @Override
    public List<FocusAreaUse> focusAreaUses() {
        Map<String, Long> challenges = counts(
                "select t.code, count(c) from PeerChallenge c join c.scope t where t.kind = :kind group by t.code");
        Map<String, Long> recommendations = counts(
                "select t.code, count(r) from KeyRecommendation r join r.themes t where t.kind = :kind group by t.code");
        return em
                .createQuery(
                        "select t from Theme t where t.kind = :kind and t.mergedInto is null order by t.name",
                        Theme.class)
                .setParameter("kind", ThemeKind.FOCUS_AREA)
                .getResultList()
                .stream()
                .map(t -> new FocusAreaUse(
                        t, challenges.getOrDefault(t.code(), 0L), recommendations.getOrDefault(t.code(), 0L)))
                .toList();
    }

    private Map<String, Long> counts(String query) {
        return em.createQuery(query, Object[].class).setParameter("kind", ThemeKind.FOCUS_AREA).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    @Override
    public void recordMerge(ThemeMergeRecord merge, Theme kept) {
        em.lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(merge);
    }

    @Override
    public List<ThemeMergeRecord> merges(int limit) {
        return em.createQuery(
                        "select m from ThemeMergeRecord m order by m.mergedAt desc, m.id desc", ThemeMergeRecord.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
