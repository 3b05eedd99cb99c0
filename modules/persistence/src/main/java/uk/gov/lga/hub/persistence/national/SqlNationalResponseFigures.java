package uk.gov.lga.hub.persistence.national;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.gov.lga.hub.application.national.CouncilResponseCounts;
import uk.gov.lga.hub.application.national.NationalResponseFigures;
import uk.gov.lga.hub.persistence.tenancy.EclipseLinkTenantBinding;

/** Reads the SECURITY DEFINER function of the V2 migration: counts per council, no council's rows. */
@ApplicationScoped
public class SqlNationalResponseFigures implements NationalResponseFigures {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public List<CouncilResponseCounts> responseCountsByCouncil() {
        List<?> rows = em.createNativeQuery("select council_code, responses, accepted, partially_accepted, not_accepted"
                        + " from national_response_counts()")
                .setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new CouncilResponseCounts(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).longValue()))
                .toList();
    }
}
