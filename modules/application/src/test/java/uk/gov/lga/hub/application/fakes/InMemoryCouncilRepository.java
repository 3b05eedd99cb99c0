package uk.gov.lga.hub.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;

/** Councils: shared data, read without a tenant. */
final class InMemoryCouncilRepository implements CouncilRepository {

    private final InMemoryHub hub;

    InMemoryCouncilRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public List<Council> findAll() {
        return hub.councils.stream().sorted(Comparator.comparing(Council::name)).toList();
    }

    @Override
    public Optional<Council> findByCode(String code) {
        return hub.councils.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public void add(Council council) {
        hub.councils.add(council);
        hub.persist(council);
    }
}
