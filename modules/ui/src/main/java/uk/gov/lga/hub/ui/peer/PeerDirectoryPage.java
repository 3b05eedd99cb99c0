package uk.gov.lga.hub.ui.peer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.peer.PeerDirectory;
import uk.gov.lga.hub.application.peer.PeerView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.peer.PeerKind;
import uk.gov.lga.hub.ui.form.FieldInput;

/**
 * The LGA's peer directory, filtered by the address ({@code ?name=&kind=&theme=}), so a filtered list can be
 * bookmarked and the back button keeps it. An unknown kind in the address filters nothing rather than failing.
 */
@Named
@RequestScoped
public class PeerDirectoryPage {

    @Inject
    PeerDirectory directory;

    @Inject
    Caller caller;

    private List<PeerView> peers;
    private List<PeerDirectory.ThemeChoice> themes;

    public List<PeerView> getPeers() {
        if (peers == null) {
            peers = directory.list(caller, new PeerDirectory.Filter(getName(), kind(), getTheme()));
        }
        return peers;
    }

    public String getName() {
        return FieldInput.textParameter("name");
    }

    public String getKind() {
        PeerKind kind = kind();
        return kind == null ? "" : kind.name();
    }

    public String getTheme() {
        return FieldInput.textParameter("theme");
    }

    public boolean isFiltered() {
        return getName() != null || kind() != null || getTheme() != null;
    }

    private PeerKind kind() {
        String kind = FieldInput.textParameter("kind");
        return Arrays.stream(PeerKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
    }

    public List<PeerKind> getKinds() {
        return List.of(PeerKind.values());
    }

    public List<PeerDirectory.ThemeChoice> getThemes() {
        if (themes == null) {
            themes = directory.themeChoices(caller);
        }
        return themes;
    }

    /** A peer's themes of expertise in words, in the order the directory keeps them. */
    public String themeNames(PeerView peer) {
        Map<String, String> names = getThemes().stream()
                .collect(Collectors.toMap(
                        PeerDirectory.ThemeChoice::code, PeerDirectory.ThemeChoice::name, (a, b) -> a));
        return peer.themes().stream()
                .map(code -> names.getOrDefault(code, code))
                .collect(Collectors.joining(", "));
    }
}
