package uk.gov.lga.hub.domain.council;

import java.util.List;
import java.util.Optional;

public interface CouncilRepository {

    List<Council> findAll();

    Optional<Council> findByCode(String code);

    void add(Council council);
}
