package uk.gov.lga.hub.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import uk.gov.lga.hub.application.access.IdentityProvisioning.Member;
import uk.gov.lga.hub.application.access.RegionAdvisers;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;

/** An LGA administrator decides who is a region's principal adviser ({@code ?region=north-east}). */
@Named
@RequestScoped
public class RegionAdvisersPage extends AccessPage {

    @Inject
    RegionAdvisers advisers;

    /** From the address, or the form's hidden input when it is sent. */
    public String getRegion() {
        return FieldInput.textParameter("region");
    }

    /** A region that is not one of the nine is a page that is not there, not a refusal. */
    @Override
    public String getPlaceName() {
        String code = getRegion();
        return Arrays.stream(Region.values())
                .filter(r -> r.code().equals(code))
                .findFirst()
                .map(Region::displayName)
                .orElseThrow(() -> new NotFound("There is no such region."));
    }

    @Override
    protected String path() {
        return "/app/admin/region-advisers.xhtml";
    }

    @Override
    public String getPlaceParameter() {
        return "region";
    }

    @Override
    public String getPlaceCode() {
        return getRegion();
    }

    @Override
    public String roleName(Member member) {
        return "Principal adviser";
    }

    @Override
    public String getRemovalConsequence() {
        return "They will no longer see the " + getPlaceName() + " dashboard or its councils' records. Their sign-in "
                + "account is kept, so you can make them an adviser again later.";
    }

    @Override
    protected List<Member> listPeople() {
        return advisers.advisers(caller(), getRegion());
    }

    @Override
    protected void checkOtherFields(FormErrors errors) {
        // An adviser has one role; the person is all there is to check.
    }

    @Override
    protected boolean grant(PersonFields person) {
        return advisers.assign(caller(), getRegion(), person.username(), person.person());
    }

    @Override
    protected void revoke(String username) {
        advisers.remove(caller(), getRegion(), username);
    }

    @Override
    protected String givenMessage(PersonFields person) {
        return person.fullName() + " is now the principal adviser for " + getPlaceName() + ", with the user name "
                + person.username() + ".";
    }

    @Override
    protected String removedMessage(Member member) {
        return nameOf(member) + " is no longer a principal adviser for " + getPlaceName() + ".";
    }
}
