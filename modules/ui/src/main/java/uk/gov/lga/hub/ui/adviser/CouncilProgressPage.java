package uk.gov.lga.hub.ui.adviser;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.gov.lga.hub.application.progress.CouncilProgress;
import uk.gov.lga.hub.application.progress.ProgressService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.ui.form.PageLoad;

/** One council's progress, as its region's adviser sees it: each challenge, linking to its action plan. */
@Named
@RequestScoped
public class CouncilProgressPage {

    @Inject
    ProgressService progress;

    @Inject
    Caller caller;

    private CouncilProgress council;

    public void load() throws IOException {
        PageLoad.orNotFound(() -> {
            getCouncil();
        });
    }

    public CouncilProgress getCouncil() {
        if (council == null) {
            String code = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("code");
            council = progress.council(caller, code == null ? "" : code);
        }
        return council;
    }

    public String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }
}
