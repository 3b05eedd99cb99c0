package uk.gov.lga.hub.application.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.challenge.Publication;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.PublicationRepository;

/** Published reports, for anyone: only what was published, exactly as it was published. */
@ApplicationScoped
@Transactional
public class PublicReports {

    @Inject
    PublicationRepository publications;

    public record Listing(
            long id,
            String councilCode,
            String councilName,
            PublicationKind kind,
            LocalDate publishedOn,
            String publicUrl) {
        static Listing of(Publication p) {
            return new Listing(
                    p.id(),
                    p.challenge().council().code(),
                    p.challenge().council().name(),
                    p.kind(),
                    p.publishedOn(),
                    p.publicUrl());
        }
    }

    /**
     * A published report with the challenge's other published report ({@code related}: a feedback report's progress
     * review report, or the feedback report a progress review report follows up), null until that is published.
     */
    public record PublishedReport(Listing publication, JsonObject content, Listing related) {}

    public List<Listing> all() {
        return publications.publishedReports().stream().map(Listing::of).toList();
    }

    public PublishedReport report(long id) {
        Publication publication =
                publications.findReport(id).orElseThrow(() -> new NotFound("There is no published report " + id + "."));
        JsonObject content = publication.frozenContent() == null
                ? JsonObject.EMPTY_JSON_OBJECT
                : Json.createReader(new StringReader(publication.frozenContent()))
                        .readObject();
        return new PublishedReport(
                Listing.of(publication), content, relatedTo(publication).orElse(null));
    }

    /** The latest publication of the challenge's other kind of report, if there is one. */
    private static Optional<Listing> relatedTo(Publication publication) {
        PublicationKind other = publication.kind() == PublicationKind.FEEDBACK_REPORT
                ? PublicationKind.PROGRESS_REVIEW_REPORT
                : PublicationKind.FEEDBACK_REPORT;
        return publication.challenge().publications().stream()
                .filter(p -> p.kind() == other)
                .max(Comparator.comparing(Publication::publishedOn).thenComparing(Publication::id))
                .map(Listing::of);
    }
}
