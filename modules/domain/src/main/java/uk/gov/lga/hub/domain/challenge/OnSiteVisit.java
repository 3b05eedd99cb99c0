package uk.gov.lga.hub.domain.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.HumanDate;

/** The days the peer team spends on site at the council. */
@Embeddable
public class OnSiteVisit {

    @Column(name = "on_site_start", nullable = false)
    private LocalDate startDate;

    @Column(name = "on_site_end", nullable = false)
    private LocalDate endDate;

    protected OnSiteVisit() {}

    public OnSiteVisit(LocalDate startDate, LocalDate endDate) {
        DomainRuleViolation.require(
                startDate != null && endDate != null,
                "visit-dates-required",
                "Both the first and the last on-site day are required.");
        DomainRuleViolation.require(
                !endDate.isBefore(startDate),
                "visit-end-before-start",
                "The last on-site day (" + HumanDate.of(endDate) + ") cannot be before the first ("
                        + HumanDate.of(startDate) + ").");
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    /** Days on site, counting both the first and the last. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    /** Two to five days; other lengths need the manager's confirmation ({@link UnusualDates}). */
    public boolean isUsualLength() {
        return UnusualDates.ofLength(this).isEmpty();
    }

    /** By default the council's position statement is due two weeks before the peers arrive. */
    public LocalDate defaultPositionStatementDue() {
        return startDate().minusWeeks(2);
    }
}
