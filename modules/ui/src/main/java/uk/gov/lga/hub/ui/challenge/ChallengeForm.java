package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;

/**
 * What the manager typed into the challenge's pages' forms (dates are read by DateInput), one field set per form: Faces fills only the fields of
 * the form that was sent, and a refused step shows them again as typed.
 */
@Named
@RequestScoped
public class ChallengeForm {

    private String memberName;
    private String memberRole;
    private String memberPosition;
    private String memberOrganisation;
    private String memberGroup;
    private String memberPeer;
    private String conflictReason;
    private String executiveSummary;
    private String recNumber;
    private String recTitle;
    private String recText;
    private String publicationKind;
    private String publicationUrl;
    private String attendees;
    private String reviewSummary;
    private final Map<String, String> themeFeedback = new HashMap<>();
    private final Map<Long, String> ratings = new HashMap<>();
    private final Map<Long, String> ratingComments = new HashMap<>();

    /** The saved report's words, where the form being sent has not already brought the manager's own. */
    void showSaved(ChallengeDetail.Report report) {
        if (executiveSummary == null && themeFeedback.isEmpty()) {
            executiveSummary = report.executiveSummary();
            themeFeedback.putAll(report.themeFeedback());
        }
    }

    /** Feedback per theme, keyed by theme code, bound straight into the form. */
    public Map<String, String> getThemeFeedback() {
        return themeFeedback;
    }

    /** RAG per recommendation id at the progress review ("" when not rated). */
    public Map<Long, String> getRatings() {
        return ratings;
    }

    public Map<Long, String> getRatingComments() {
        return ratingComments;
    }

    /** The directory entry picked ("" for a first-time peer typed in below). */
    public String getMemberPeer() {
        return memberPeer;
    }

    public void setMemberPeer(String value) {
        memberPeer = value;
    }

    /** Why a peer with a conflict of interest joins all the same ("" when there is none to override). */
    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String value) {
        conflictReason = value;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String value) {
        memberName = value;
    }

    public String getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(String value) {
        memberRole = value;
    }

    public String getMemberPosition() {
        return memberPosition;
    }

    public void setMemberPosition(String value) {
        memberPosition = value;
    }

    public String getMemberOrganisation() {
        return memberOrganisation;
    }

    public void setMemberOrganisation(String value) {
        memberOrganisation = value;
    }

    public String getMemberGroup() {
        return memberGroup;
    }

    public void setMemberGroup(String value) {
        memberGroup = value;
    }

    public String getExecutiveSummary() {
        return executiveSummary;
    }

    public void setExecutiveSummary(String value) {
        executiveSummary = value;
    }

    public String getRecNumber() {
        return recNumber;
    }

    public void setRecNumber(String value) {
        recNumber = value;
    }

    public String getRecTitle() {
        return recTitle;
    }

    public void setRecTitle(String value) {
        recTitle = value;
    }

    public String getRecText() {
        return recText;
    }

    public void setRecText(String value) {
        recText = value;
    }

    public String getPublicationKind() {
        return publicationKind;
    }

    public void setPublicationKind(String value) {
        publicationKind = value;
    }

    public String getPublicationUrl() {
        return publicationUrl;
    }

    public void setPublicationUrl(String value) {
        publicationUrl = value;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String value) {
        attendees = value;
    }

    public String getReviewSummary() {
        return reviewSummary;
    }

    public void setReviewSummary(String value) {
        reviewSummary = value;
    }
}
