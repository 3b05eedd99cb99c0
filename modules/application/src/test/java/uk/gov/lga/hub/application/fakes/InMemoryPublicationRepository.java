package uk.gov.lga.hub.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.gov.lga.hub.domain.challenge.Publication;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.PublicationRepository;

/** Published reports (not action plans), from the challenges that recorded them. */
final class InMemoryPublicationRepository implements PublicationRepository {

    private final InMemoryHub hub;

    InMemoryPublicationRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    private Stream<Publication> reports() {
        return hub.challenges.stream()
                .flatMap(c -> c.publications().stream())
                .filter(p -> p.kind() != PublicationKind.ACTION_PLAN);
    }

    @Override
    public List<Publication> publishedReports() {
        return reports()
                .sorted(Comparator.comparing(Publication::publishedOn).reversed())
                .toList();
    }

    @Override
    public Optional<Publication> findReport(long id) {
        return reports().filter(p -> p.id() == id).findFirst();
    }
}
