package uk.gov.lga.hub.domain.council;

public enum CouncilType {
    COUNTY,
    DISTRICT,
    UNITARY,
    METROPOLITAN_DISTRICT,
    LONDON_BOROUGH,
    OTHER
}
