package uk.gov.lga.hub.persistence.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.application.revision.ChallengeRevision;
import uk.gov.lga.hub.application.revision.ReadRevisions;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.persistence.tenancy.EclipseLinkTenantBinding;

/** The V20 migration's counters, one statement each. */
@ApplicationScoped
public class SqlReadRevisions implements ReadRevisions {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<ChallengeRevision> challenge(long challengeId, String username) {
        return first(native_(
                        "select k.code, k.region_code, s.revision, exists (select 1 from peer_team_member m"
                                + " where m.challenge_id = c.id and m.username = ?2)"
                                + " from peer_challenge c join council k on k.id = c.council_id"
                                + " join challenge_revision s on s.council_id = c.council_id where c.id = ?1",
                        challengeId,
                        username))
                .map(row -> new ChallengeRevision(
                        (String) row[0], Region.fromCode((String) row[1]), (Boolean) row[3], number(row[2])));
    }

    @Override
    public Optional<String> plan(long challengeId) {
        // council_revision is behind the wall: bound to another council, the join finds no row.
        return first(native_(
                        "select s.revision, r.revision from peer_challenge c join council k on k.id = c.council_id"
                                + " join challenge_revision s on s.council_id = k.id"
                                + " join council_revision r on r.council_code = k.code where c.id = ?1",
                        challengeId))
                .map(row -> number(row[0]) + "." + number(row[1]));
    }

    private Query native_(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql).setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Object[]> first(Query query) {
        return ((List<Object>) query.getResultList())
                .stream().map(Object[].class::cast).findFirst();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
