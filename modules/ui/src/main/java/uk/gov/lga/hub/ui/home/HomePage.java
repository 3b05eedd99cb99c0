package uk.gov.lga.hub.ui.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.council.CouncilSummary;

/** The landing page: which councils the service holds. Sign-in and the role journeys come with the UI issue. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CouncilDirectory councils;

    private List<CouncilSummary> list;

    public List<CouncilSummary> getCouncils() {
        if (list == null) {
            list = councils.all();
        }
        return list;
    }
}
