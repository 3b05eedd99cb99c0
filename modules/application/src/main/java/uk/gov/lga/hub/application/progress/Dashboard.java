package uk.gov.lga.hub.application.progress;

import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.domain.challenge.FiveYearCycle;
import uk.gov.lga.hub.domain.progress.ChallengeMeasures;
import uk.gov.lga.hub.domain.progress.RollUp;
import uk.gov.lga.hub.domain.progress.ThemeLine;

/**
 * A dashboard: the whole (nation or region) rolled up, its parts (regions or councils) rolled up, the themes,
 * and progress updates per month as a trend. Each council line carries its latest challenge and cycle position.
 */
public record Dashboard(String scope, LocalDate asOf, ProgressFilter filter, RollUp total, List<RollUp> parts,
                        List<CouncilLine> councils, List<ThemeLine> themes, List<MonthPoint> trend) {

    public record CouncilLine(String code, String name, String type, String region, ChallengeMeasures latest,
                              FiveYearCycle.Position cycle) {
    }

    public record MonthPoint(LocalDate month, int updates) {
    }
}
