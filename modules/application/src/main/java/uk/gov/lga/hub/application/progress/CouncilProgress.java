package uk.gov.lga.hub.application.progress;

import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.domain.challenge.FiveYearCycle;
import uk.gov.lga.hub.domain.progress.ChallengeMeasures;
import uk.gov.lga.hub.domain.progress.ThemeLine;

/** One council's measures: every challenge (newest first), its themes, its cycle position. */
public record CouncilProgress(
        String code,
        String name,
        String region,
        LocalDate asOf,
        List<ChallengeMeasures> challenges,
        List<ThemeLine> themes,
        FiveYearCycle.Position cycle) {}
