package uk.gov.lga.hub.ui.peer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.application.peer.PeerDirectory;
import uk.gov.lga.hub.application.peer.PeerView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.peer.PeerKind;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormInput;
import uk.gov.lga.hub.ui.form.FormStep;
import uk.gov.lga.hub.ui.form.PageLoad;

/**
 * Adding a person to the peer directory, or changing their entry ({@code ?id=}). The fields are plain inputs read
 * from the request: a refused form shows what was typed, a first visit shows the entry as it is. The directory's
 * own rules (a political group for member peers only, a council code, an e-mail address, a sign-in name nobody
 * else has) are the service's; each refusal is shown at its field.
 */
@Named
@RequestScoped
public class PeerFormPage {

    /** Which field each of the directory's rules is about; anything else is about the name, the first field. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "peer-kind-required", "kind",
            "political-group-for-members-only", "politicalGroup",
            "peer-organisation-required", "organisation",
            "home-council-code", "homeCouncil",
            "peer-email", "email",
            "peer-username-taken", "username",
            "peer-theme-core", "themes",
            "theme-unknown", "themes");

    @Inject
    PeerDirectory directory;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private PeerView editing;
    private List<PeerDirectory.ThemeChoice> themes;

    /** Changing someone who is not in the directory is a page that is not there. */
    public void load() throws IOException {
        if (getId() != null) {
            PageLoad.orNotFound(this::editing);
        }
    }

    public String save() {
        FormInput input = new FormInput(errors);
        String name = input.text("name", posted("name"), "Enter the peer's name");
        PeerKind kind = input.choice("kind", posted("kind"), PeerKind.class, "Select what kind of peer they are");
        String organisation =
                input.text("organisation", posted("organisation"), "Enter the organisation the peer works for");
        if (!input.complete()) {
            return null;
        }
        PeerDirectory.PeerDetails details = new PeerDirectory.PeerDetails(
                name,
                kind,
                posted("politicalGroup"),
                organisation,
                posted("homeCouncil"),
                posted("position"),
                postedThemes(),
                posted("email"),
                posted("username"));
        Long id = getId();
        PeerView[] saved = new PeerView[1];
        String next = FormStep.run(errors, rule -> FIELD_OF_RULE.getOrDefault(rule, "name"), "saved", () -> {
            saved[0] = id == null
                    ? directory.add(caller, details)
                    : directory.revise(caller, id, FieldInput.numberParameter("version"), details);
            return id == null ? name + " is in the peer directory." : name + "'s entry is saved.";
        });
        // The person's page, with the new entry's id once it has one.
        return next == null ? null : "/app/peers/peer.xhtml?faces-redirect=true&id=" + saved[0].id();
    }

    /** What a field shows: as posted when the form was sent back, else the entry being changed, else nothing. */
    public String value(String field) {
        if (isPostback()) {
            String typed = FieldInput.parameter(field);
            return typed == null ? "" : typed;
        }
        PeerView peer = getId() == null ? null : editing();
        if (peer == null) {
            return "";
        }
        String shown = switch (field) {
            case "name" -> peer.name();
            case "kind" -> peer.kind().name();
            case "politicalGroup" -> peer.politicalGroup();
            case "organisation" -> peer.organisation();
            case "homeCouncil" -> peer.homeCouncil();
            case "position" -> peer.position();
            case "email" -> peer.email();
            case "username" -> peer.username();
            default -> null;
        };
        return shown == null ? "" : shown;
    }

    public boolean hasTheme(String code) {
        if (isPostback()) {
            return postedThemes().contains(code);
        }
        return getId() != null && editing().themes().contains(code);
    }

    /** The version the form was filled in against: a change based on an older one is refused, not overwritten. */
    public long getFormVersion() {
        Long sent = FieldInput.numberParameter("version");
        return sent != null ? sent : editing().version();
    }

    public boolean isEditing() {
        return getId() != null;
    }

    public String getHeading() {
        return isEditing() ? "Change " + editing().name() + "'s entry" : "Add a peer";
    }

    public Long getId() {
        return FieldInput.numberParameter("id");
    }

    public FormErrors getErrors() {
        return errors;
    }

    public List<PeerKind> getKinds() {
        return Arrays.asList(PeerKind.values());
    }

    public List<PeerDirectory.ThemeChoice> getThemes() {
        if (themes == null) {
            themes = directory.themeChoices(caller);
        }
        return themes;
    }

    private PeerView editing() {
        if (editing == null) {
            editing = directory.peer(caller, getId()).peer();
        }
        return editing;
    }

    private static boolean isPostback() {
        return FacesContext.getCurrentInstance().isPostback();
    }

    private static String posted(String field) {
        return FieldInput.blankToNull(FieldInput.parameter(field));
    }

    private static List<String> postedThemes() {
        return FieldInput.parameterValues("themes");
    }
}
