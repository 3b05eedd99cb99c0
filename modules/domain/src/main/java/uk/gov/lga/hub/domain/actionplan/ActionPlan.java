package uk.gov.lga.hub.domain.actionplan;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * The council's action plan for one challenge as a whole: its submissions to the LGA and the LGA's decisions.
 * The responses and actions stay live and editable; each submission freezes a numbered copy, so edits after a
 * submission make the next version while the submitted one stays readable.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends Identified {

    @Column(name = "council_code", insertable = false, updatable = false)
    private String councilCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id", updatable = false)
    private PeerChallenge challenge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionPlanStatus status = ActionPlanStatus.DRAFT;

    @OneToMany(
            mappedBy = "plan",
            cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OrderBy("number")
    private List<Submission> submissions = new ArrayList<>();

    @Version
    private long version;

    protected ActionPlan() {}

    public ActionPlan(PeerChallenge challenge) {
        DomainRuleViolation.require(
                challenge.status().reportIssued(),
                "plan-before-report",
                "The action plan answers the feedback report, which has not been issued yet.");
        this.challenge = challenge;
    }

    /**
     * Submits the plan as it stands, frozen in {@code snapshot}. Every recommendation must have a response, a plan
     * already waiting for the LGA's decision is not submitted again, and neither is a copy of the last version:
     * the manager would have nothing new to read.
     */
    public Submission submit(PlanContent content, String snapshot, String by, Instant at) {
        DomainRuleViolation.require(
                status != ActionPlanStatus.SUBMITTED,
                "plan-awaiting-decision",
                "Version " + submissions.size()
                        + " is waiting for the LGA's decision; it cannot be submitted again yet.");
        List<String> unanswered = content.unanswered();
        DomainRuleViolation.require(
                unanswered.isEmpty(),
                "plan-incomplete",
                "Respond to every recommendation before submitting. Not answered yet: " + String.join(", ", unanswered)
                        + ".");
        String fingerprint = content.fingerprint();
        latestSubmission()
                .ifPresent(last -> DomainRuleViolation.require(
                        !fingerprint.equals(last.contentFingerprint()),
                        "plan-unchanged",
                        "The plan is the same as version " + last.number()
                                + ", which was already submitted. Change the responses or actions first."));
        Submission submission = new Submission(this, submissions.size() + 1, snapshot, fingerprint, by, at);
        submissions.add(submission);
        status = ActionPlanStatus.SUBMITTED;
        return submission;
    }

    /** The peer challenge manager accepts the submitted version, or asks for changes saying which. */
    public Submission decide(Decision decision, String comment, String by, Instant at) {
        DomainRuleViolation.require(decision != null, "decision-required", "Accept the plan or ask for changes.");
        DomainRuleViolation.require(
                status == ActionPlanStatus.SUBMITTED,
                "plan-not-submitted",
                "There is no submitted version waiting for a decision.");
        String why = decision.comment(comment);
        Submission latest = latestSubmission().orElseThrow();
        latest.decide(decision, why, by, at);
        status = decision == Decision.ACCEPTED ? ActionPlanStatus.ACCEPTED : ActionPlanStatus.CHANGES_REQUESTED;
        return latest;
    }

    /** The version edits now go into: one past the last submitted. */
    public int workingVersion() {
        return submissions.size() + 1;
    }

    public Optional<Submission> latestSubmission() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(submissions.size() - 1));
    }

    public Optional<Submission> submission(int number) {
        return submissions.stream().filter(s -> s.number() == number).findFirst();
    }

    public String councilCode() {
        return councilCode;
    }

    public PeerChallenge challenge() {
        return challenge;
    }

    public ActionPlanStatus status() {
        return status;
    }

    public List<Submission> submissions() {
        return Collections.unmodifiableList(submissions);
    }

    public long version() {
        return version;
    }
}
