package uk.gov.lga.hub.application.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;

/** The list of councils is public knowledge: any signed-in user may read it. */
@ApplicationScoped
@Transactional
public class CouncilDirectory {

    @Inject
    CouncilRepository councils;

    public List<CouncilSummary> all() {
        return councils.findAll().stream().map(CouncilSummary::of).toList();
    }

    public Council byCode(String code) {
        return councils.findByCode(code).orElseThrow(() -> new NotFound("There is no council with code " + code + "."));
    }
}
