package uk.gov.lga.hub.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.application.access.CouncilOnboarding;
import uk.gov.lga.hub.application.access.IdentityProviderFailure;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.council.CouncilSummary;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.layout.Labels;

/** An LGA administrator's councils: the list, and onboarding a new one. */
@Named
@RequestScoped
public class CouncilsPage {

    /** Which field of this form each domain rule is about; anything else goes at the top of the summary. */
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "council-code-invalid", "code",
            "council-already-onboarded", "code",
            "council-name-required", "name",
            "council-type-required", "type",
            "region-unknown", "region",
            "council-region-required", "region");

    @Inject
    CouncilDirectory councils;

    @Inject
    CouncilOnboarding onboarding;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private String code;
    private String name;
    private String type;
    private String region;

    private uk.gov.lga.hub.ui.layout.Paged<CouncilSummary> page;

    /** 25 councils a page: England has 317. */
    public uk.gov.lga.hub.ui.layout.Paged<CouncilSummary> getCouncils() {
        if (page == null) {
            page = uk.gov.lga.hub.ui.layout.Paged.of(
                    councils.all(),
                    jakarta.faces.context.FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestParameterMap()
                            .get("page"),
                    25);
        }
        return page;
    }

    private Map<String, java.time.LocalDate> missing;

    /** "Not in the register since …" for a council the newest register left out (flagged, kept), else empty. */
    public String registerFlag(String councilCode) {
        if (missing == null) {
            missing = councils.missingFromRegister();
        }
        java.time.LocalDate since = missing.get(councilCode);
        return since == null ? "" : "Not in the register since " + Labels.of(since);
    }

    public String onboard() {
        errors.clear();
        if (type == null || type.isBlank()) {
            errors.add("type", "Select the type of council");
        }
        if (region == null || region.isBlank()) {
            errors.add("region", "Select the council's region");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            CouncilOnboarding.Onboarded result = onboarding.onboard(
                    caller,
                    new CouncilOnboarding.NewCouncil(trim(code), trim(name), CouncilType.valueOf(type), region));
            Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
            flash.put(
                    "done",
                    result.council().name() + (result.created() ? " has been onboarded." : " was already onboarded."));
            // The next step the page promises: giving the council's officers access.
            flash.put("nextLink", peopleLink(result.council().code()));
            flash.put("nextLinkText", "Give " + result.council().name() + "'s officers access");
            return "/app/admin/councils.xhtml?faces-redirect=true";
        } catch (DomainRuleViolation refused) {
            errors.add(FIELD_OF_RULE.getOrDefault(refused.rule(), "code"), refused.getMessage());
        } catch (IdentityProviderFailure failure) {
            errors.add("code", "The sign-in service could not set the council up. Nothing was saved; try again.");
        }
        return null;
    }

    /** Where the council's people are listed and given access. */
    public String peopleLink(String councilCode) {
        return "/app/admin/council-people.xhtml?code=" + councilCode;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    public List<CouncilType> getTypes() {
        return Arrays.asList(CouncilType.values());
    }

    public List<Region> getRegions() {
        return Arrays.asList(Region.values());
    }

    public String typeLabel(CouncilType councilType) {
        return Labels.of(councilType);
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
