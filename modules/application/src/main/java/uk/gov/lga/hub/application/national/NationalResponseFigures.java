package uk.gov.lga.hub.application.national;

import java.util.List;

/** Counts across every council, computed behind the tenant wall so that no council's rows leave it. */
public interface NationalResponseFigures {

    List<CouncilResponseCounts> responseCountsByCouncil();
}
