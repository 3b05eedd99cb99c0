package uk.gov.lga.hub.ui.admin;

import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import uk.gov.lga.hub.application.access.IdentityProviderFailure;
import uk.gov.lga.hub.application.access.IdentityProvisioning.Member;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;
import uk.gov.lga.hub.ui.form.PageLoad;

/**
 * What a council's people page and a region's advisers page share: who has access, giving someone access, and
 * taking it away after a step that says what will happen ({@code ?remove=username}). Each page says whose access
 * it is and which service changes it; the services check again that the caller is an LGA administrator.
 */
public abstract class AccessPage {

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private final PersonFields person = new PersonFields();
    private List<Member> people;
    private boolean peopleUnavailable;

    /** The place whose access this is ("Gateshead Council", "North East"); not there is a 404. */
    public abstract String getPlaceName();

    /** The page's path, such as /app/admin/council-people.xhtml. */
    protected abstract String path();

    /** The request parameter that names the place ("code", "region"). */
    public abstract String getPlaceParameter();

    /** The place's code as the address and the forms carry it. */
    public abstract String getPlaceCode();

    /** What a person does here, for the list ("Editor", "Principal adviser"). */
    public abstract String roleName(Member member);

    /** What taking someone's access away means for them, said before it is done. */
    public abstract String getRemovalConsequence();

    protected abstract List<Member> listPeople();

    /** Checks what this page asks besides the person (a role), adding every error to {@code errors}. */
    protected abstract void checkOtherFields(FormErrors errors);

    /** Returns whether a new account was created (else the person's existing one keeps its details and password). */
    protected abstract boolean grant(PersonFields person);

    protected abstract void revoke(String username);

    /** What the person can now do, as "Sam Officer can now ...". */
    protected abstract String givenMessage(PersonFields person);

    protected abstract String removedMessage(Member member);

    public void load() throws IOException {
        PageLoad.orNotFound(() -> {
            getPlaceName();
            if (FieldInput.textParameter("remove") != null && getRemoving() == null && !peopleUnavailable) {
                throw new NotFound("That person has no access here.");
            }
        });
    }

    /** Every box is checked before anything is sent, so the summary lists every problem at once, in form order. */
    public String give() {
        getPlaceName();
        person.checkWho(errors);
        checkOtherFields(errors);
        person.checkPassword(errors);
        if (errors.isAny()) {
            return null;
        }
        return FormStep.run(
                errors,
                rule -> rule.equals("identity-request-refused") ? "email" : "username",
                here(),
                () -> givenMessage(person)
                        + (grant(person)
                                ? " Give them their first password: they will choose a new one when they first sign in."
                                : " They already had an account, which keeps its own password."));
    }

    public String remove() {
        getPlaceName();
        Member removing = getRemoving();
        if (removing == null) {
            return here(); // already gone, perhaps removed by someone else meanwhile
        }
        return FormStep.run(
                errors, rule -> "remove-access", removedMessage(removing), here(), () -> revoke(removing.username()));
    }

    /** The page's address, for links. */
    public String getAddress() {
        return path() + "?" + getPlaceParameter() + "="
                + java.net.URLEncoder.encode(
                        java.util.Objects.toString(getPlaceCode(), ""), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Back to the page after a change: a redirect, so that a refresh never sends the form again. */
    private String here() {
        return getAddress() + "&faces-redirect=true";
    }

    /** The confirmation's way back: nothing changes. */
    public String keep() {
        return here();
    }

    /**
     * Who has access here. If the sign-in service does not answer, the page still opens and says so, rather than
     * failing: the form and its errors stay usable.
     */
    public List<Member> getPeople() {
        if (people == null) {
            try {
                people = listPeople();
            } catch (IdentityProviderFailure | DomainRuleViolation unavailable) {
                peopleUnavailable = true;
                people = List.of();
            }
        }
        return people;
    }

    public boolean isPeopleUnavailable() {
        getPeople();
        return peopleUnavailable;
    }

    /** The person whose removal is being confirmed, if they have access here; else null. */
    public Member getRemoving() {
        String username = FieldInput.textParameter("remove");
        return username == null
                ? null
                : getPeople().stream()
                        .filter(m -> m.username().equals(username))
                        .findFirst()
                        .orElse(null);
    }

    /** "Sam Officer", or the user name where the sign-in service has no name. */
    public String nameOf(Member member) {
        String name = ((member.firstName() == null ? "" : member.firstName()) + " "
                        + (member.lastName() == null ? "" : member.lastName()))
                .strip();
        return name.isEmpty() ? member.username() : name;
    }

    protected Caller caller() {
        return caller;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public PersonFields getPerson() {
        return person;
    }
}
