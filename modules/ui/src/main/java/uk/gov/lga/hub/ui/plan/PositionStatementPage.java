package uk.gov.lga.hub.ui.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.gov.lga.hub.application.actionplan.PositionStatementService;
import uk.gov.lga.hub.application.actionplan.PositionStatementView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;
import uk.gov.lga.hub.ui.form.PageLoad;

/** The position statement for the progress review: a draft from the plan, edited, saved, then submitted. */
@Named
@RequestScoped
public class PositionStatementPage {

    @Inject
    PositionStatementService statements;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private Long id;
    private PositionStatementView statement;
    private String body;

    public void load() throws IOException {
        PageLoad.orNotFound(() -> {
            if (body == null) {
                body = getStatement().body();
            }
        });
    }

    public String save() {
        Long version = FieldInput.numberParameter("version");
        return FormStep.run(
                errors,
                "body",
                "The position statement is saved.",
                here(),
                () -> statements.save(caller, getId(), body, version));
    }

    public String submit() {
        return FormStep.run(
                errors,
                "body",
                "The position statement is submitted to the LGA.",
                here(),
                () -> statements.submit(caller, getId()));
    }

    private String here() {
        return "/app/plan/position-statement.xhtml?faces-redirect=true&id=" + getId();
    }

    public PositionStatementView getStatement() {
        if (statement == null) {
            statement = statements.statement(caller, getId() == null ? -1 : getId());
        }
        return statement;
    }

    public boolean isEditable() {
        return caller.hasRole(Role.COUNCIL_EDITOR) && getStatement().status().equals("DRAFT");
    }

    public Long getId() {
        if (id == null) {
            id = FieldInput.numberParameter("id");
        }
        return id;
    }

    public void setId(Long v) {
        id = v;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String v) {
        body = v;
    }
}
