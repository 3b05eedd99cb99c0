package uk.gov.lga.hub.domain.council.register;

import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;

/** One council as the register lists it, with the line of the file it is on. */
public record RegisterRow(int line, String code, String name, CouncilType type, Region region) {}
