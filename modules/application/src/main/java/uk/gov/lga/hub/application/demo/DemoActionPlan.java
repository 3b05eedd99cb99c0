package uk.gov.lga.hub.application.demo;

import java.time.LocalDate;
import java.util.List;

/** The shape of {@code demo/coventry-2024-action-plan.json}: a council's answers, as its Appendix B gives them. */
public record DemoActionPlan(
        String council,
        LocalDate onSiteStart,
        LocalDate respondedOn,
        List<ResponseEntry> responses,
        List<MeetingEntry> meetings) {

    public record ResponseEntry(String number, String acceptance, String narrative, List<ActionEntry> actions) {}

    public record ActionEntry(
            String description,
            String ownerName,
            String ownerRole,
            LocalDate due,
            String dueNote,
            String status,
            String rag) {}

    public record MeetingEntry(
            String committee, LocalDate metOn, String considered, String resolution, String minutesUrl) {}
}
