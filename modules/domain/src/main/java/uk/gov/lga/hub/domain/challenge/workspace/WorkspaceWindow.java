package uk.gov.lga.hub.domain.challenge.workspace;

import java.time.LocalDate;
import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * When a challenge's peer team has its workspace: it opens {@code opensWeeksBefore} weeks before the on-site
 * visit starts, turns read-only on the day the feedback report is issued, and closes {@code closesMonthsAfter}
 * months after that day.
 */
public record WorkspaceWindow(int opensWeeksBefore, int closesMonthsAfter) {

    public WorkspaceWindow {
        DomainRuleViolation.require(
                opensWeeksBefore >= 0 && closesMonthsAfter >= 0,
                "workspace-window-invalid",
                "The workspace opens a number of weeks before the visit and closes months after the report.");
    }

    public WorkspaceState stateOf(PeerChallenge challenge, LocalDate today) {
        return stateOn(challenge.visit().startDate(), challenge.report().issuedOn(), today);
    }

    /** The rule itself, on the two dates it depends on; {@code reportIssuedOn} is null until it is issued. */
    public WorkspaceState stateOn(LocalDate visitStart, LocalDate reportIssuedOn, LocalDate today) {
        if (today.isBefore(opensOn(visitStart))) {
            return WorkspaceState.OPENS_LATER;
        }
        if (reportIssuedOn == null || today.isBefore(reportIssuedOn)) {
            return WorkspaceState.OPEN;
        }
        return today.isBefore(closesOn(reportIssuedOn).orElseThrow())
                ? WorkspaceState.READ_ONLY
                : WorkspaceState.CLOSED;
    }

    public LocalDate opensOn(LocalDate visitStart) {
        return visitStart.minusWeeks(opensWeeksBefore);
    }

    /** The first day the workspace is closed; none while the report is not issued. */
    public Optional<LocalDate> closesOn(LocalDate reportIssuedOn) {
        return Optional.ofNullable(reportIssuedOn).map(d -> d.plusMonths(closesMonthsAfter));
    }
}
