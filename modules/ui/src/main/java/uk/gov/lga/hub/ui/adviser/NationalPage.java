package uk.gov.lga.hub.ui.adviser;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.lga.hub.application.national.NationalPicture;
import uk.gov.lga.hub.application.security.Caller;

/** Every council's response counts: the national figures any principal adviser may see. */
@Named
@RequestScoped
public class NationalPage {

    @Inject
    NationalPicture national;

    @Inject
    Caller caller;

    private List<NationalPicture.CouncilLine> lines;

    public List<NationalPicture.CouncilLine> getLines() {
        if (lines == null) {
            lines = national.responsesByCouncil(caller);
        }
        return lines;
    }
}
