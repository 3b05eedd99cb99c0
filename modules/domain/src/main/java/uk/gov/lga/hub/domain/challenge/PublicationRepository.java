package uk.gov.lga.hub.domain.challenge;

import java.util.List;
import java.util.Optional;

public interface PublicationRepository {

    /** Published reports (feedback and progress review), newest first. */
    List<Publication> publishedReports();

    Optional<Publication> findReport(long id);
}
