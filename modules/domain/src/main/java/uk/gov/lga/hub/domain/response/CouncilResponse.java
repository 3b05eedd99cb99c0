package uk.gov.lga.hub.domain.response;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.shared.AttributedRecord;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * A council's answer to one key recommendation (the seeds' Appendix B is the model). Council-owned: the
 * persistence layer binds it to the council of the current request (EclipseLink multitenancy and row-level
 * security on {@code council_code}); the domain only insists it answers its own council's recommendation.
 */
@Entity
@Table(name = "council_response")
public class CouncilResponse extends AttributedRecord {

    /** Written by the tenant machinery, readable here. */
    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recommendation_id")
    private KeyRecommendation recommendation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Acceptance acceptance;

    @Column(nullable = false)
    private String narrative;

    @OneToMany(
            mappedBy = "response",
            cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OrderBy("listOrder")
    private List<PlanAction> actions = new ArrayList<>();

    protected CouncilResponse() {}

    /**
     * @param councilCode the council answering, which must be the one the recommendation was made to
     */
    public static CouncilResponse to(
            KeyRecommendation recommendation,
            String councilCode,
            Acceptance acceptance,
            String narrative,
            String author,
            Instant at) {
        DomainRuleViolation.require(
                recommendation.challenge().council().code().equals(councilCode),
                "response-to-another-councils-recommendation",
                "A council can only respond to recommendations made to it.");
        DomainRuleViolation.require(
                recommendation.challenge().status().reportIssued(),
                "response-before-report",
                "The council responds to recommendations once the feedback report is issued.");
        CouncilResponse response = new CouncilResponse();
        response.recommendation = recommendation;
        response.councilCode = councilCode;
        response.revise(acceptance, narrative, author, at);
        return response;
    }

    public void revise(Acceptance acceptance, String narrative, String author, Instant at) {
        DomainRuleViolation.require(
                acceptance != null,
                "response-acceptance-required",
                "Say whether the council accepts the recommendation in full, in part, or not.");
        this.acceptance = acceptance;
        this.narrative =
                DomainRuleViolation.requireText(narrative, "response-narrative-required", "The council's response");
        changedBy(author, at);
    }

    /** Adds an action to the plan for this recommendation, after the ones already there. */
    public PlanAction addAction(ActionDetails details, String by, Instant at) {
        PlanAction action = new PlanAction(this, actions.size() + 1, details, by, at);
        actions.add(action);
        return action;
    }

    public List<PlanAction> actions() {
        return Collections.unmodifiableList(actions);
    }

    public String councilCode() {
        return councilCode;
    }

    public KeyRecommendation recommendation() {
        return recommendation;
    }

    public Acceptance acceptance() {
        return acceptance;
    }

    public String narrative() {
        return narrative;
    }
}
