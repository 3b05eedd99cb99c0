package uk.gov.lga.hub.application.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
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

    public record PublishedReport(Listing publication, JsonObject content) {}

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
        return new PublishedReport(Listing.of(publication), content);
    }
}
