package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.lga.hub.application.challenge.ChallengeService;
import uk.gov.lga.hub.application.challenge.ChallengeSummary;
import uk.gov.lga.hub.application.challenge.CycleService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.ui.layout.Labels;

/** A peer challenge manager's list of every challenge, most recent first. */
@Named
@RequestScoped
public class ChallengesPage {

    @Inject
    ChallengeService challenges;

    @Inject
    CycleService cycle;

    @Inject
    Caller caller;

    private List<ChallengeSummary> list;
    private List<CycleService.CouncilCycle> due;

    /** Councils that never had a CPC, are overdue, or fall due within a year (the five-year cycle). */
    public List<CycleService.CouncilCycle> getDueCouncils() {
        if (due == null) {
            due = cycle.councils(caller, true);
        }
        return due;
    }

    public String standing(CycleService.CouncilCycle council) {
        return Labels.of(council.standing());
    }

    public List<ChallengeSummary> getChallenges() {
        if (list == null) {
            list = challenges.all(caller);
        }
        return list;
    }

    public String date(java.time.LocalDate date) {
        return Labels.of(date);
    }

    public String statusLabel(ChallengeSummary challenge) {
        return Labels.of(challenge.status());
    }
}
