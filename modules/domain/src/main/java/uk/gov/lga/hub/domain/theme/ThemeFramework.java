package uk.gov.lga.hub.domain.theme;

/** The sets of core themes the LGA has used; a challenge is reviewed against one of them. */
public enum ThemeFramework {
    /** The five core themes used since 2020 (local priorities and outcomes … capacity for improvement). */
    CPC_2020,
    /** The five core components used before 2020 (understanding of the local place … capacity to deliver). */
    CPC_PRE_2020
}
