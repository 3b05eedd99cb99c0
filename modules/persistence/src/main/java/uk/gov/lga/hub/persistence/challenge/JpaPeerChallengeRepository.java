package uk.gov.lga.hub.persistence.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.theme.Theme;

@ApplicationScoped
public class JpaPeerChallengeRepository implements PeerChallengeRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<PeerChallenge> findById(long id) {
        return Optional.ofNullable(em.find(PeerChallenge.class, id));
    }

    @Override
    public Set<String> councilsWithChallenges() {
        return Set.copyOf(em.createQuery("select distinct c.council.code from PeerChallenge c", String.class)
                .getResultList());
    }

    @Override
    public List<PeerChallenge> findByCouncilCode(String councilCode) {
        return em.createQuery(
                        "select c from PeerChallenge c where c.council.code = :code"
                                + " order by c.visit.startDate desc",
                        PeerChallenge.class)
                .setParameter("code", councilCode)
                .getResultList();
    }

    @Override
    public List<PeerChallenge> findAll() {
        return em.createQuery(
                        "select c from PeerChallenge c join fetch c.council order by c.visit.startDate desc",
                        PeerChallenge.class)
                .getResultList();
    }

    @Override
    public List<PeerChallenge> managedBy(String username) {
        return em.createQuery(
                        "select c from PeerChallenge c where exists (select m from PeerTeamMember m"
                                + " where m.challenge = c and m.username = :username and m.role = :role)"
                                + " order by c.visit.startDate desc",
                        PeerChallenge.class)
                .setParameter("username", username)
                .setParameter("role", TeamRole.PEER_CHALLENGE_MANAGER)
                .getResultList();
    }

    @Override
    public List<PeerChallenge> withTeamMember(String username) {
        return em.createQuery(
                        "select c from PeerChallenge c join fetch c.council where exists (select m from PeerTeamMember m"
                                + " where m.challenge = c and m.username = :username) order by c.visit.startDate desc",
                        PeerChallenge.class)
                .setParameter("username", username)
                .getResultList();
    }

    @Override
    public List<PeerChallenge> namingTheme(Theme theme) {
        return em.createQuery(
                        "select distinct c from PeerChallenge c join c.scope t where t = :theme", PeerChallenge.class)
                .setParameter("theme", theme)
                .getResultList();
    }

    @Override
    public void add(PeerChallenge challenge) {
        em.persist(challenge);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void markChanged(PeerChallenge challenge) {
        em.lock(challenge, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
