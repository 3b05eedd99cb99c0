package uk.gov.lga.hub.application.fakes;

import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.application.national.CouncilResponseCounts;
import uk.gov.lga.hub.application.national.NationalResponseFigures;

/** National response counts as the test sets them; counts whether anyone asked. */
public final class FixedNationalResponseFigures implements NationalResponseFigures {

    private final List<CouncilResponseCounts> counts = new ArrayList<>();
    private int asked;

    public void add(CouncilResponseCounts c) {
        counts.add(c);
    }

    public int asked() {
        return asked;
    }

    @Override
    public List<CouncilResponseCounts> responseCountsByCouncil() {
        asked++;
        return List.copyOf(counts);
    }
}
