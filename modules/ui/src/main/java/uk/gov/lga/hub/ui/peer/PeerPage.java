package uk.gov.lga.hub.ui.peer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.gov.lga.hub.application.peer.PeerDirectory;
import uk.gov.lga.hub.application.peer.PeerHistory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.PageLoad;

/** One person in the peer directory ({@code ?id=}): their details and the challenges they served on. */
@Named
@RequestScoped
public class PeerPage {

    @Inject
    PeerDirectory directory;

    @Inject
    Caller caller;

    @Inject
    PeerDirectoryPage themes;

    private PeerHistory history;

    /** A peer who is not in the directory is a page that is not there. */
    public void load() throws IOException {
        PageLoad.orNotFound(this::getHistory);
    }

    public PeerHistory getHistory() {
        if (history == null) {
            Long id = getId();
            history = directory.peer(caller, id == null ? -1 : id);
        }
        return history;
    }

    public Long getId() {
        return FieldInput.numberParameter("id");
    }

    public String getThemeNames() {
        return themes.themeNames(getHistory().peer());
    }
}
