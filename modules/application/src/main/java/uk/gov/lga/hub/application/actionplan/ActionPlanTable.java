package uk.gov.lga.hub.application.actionplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.gov.lga.hub.application.export.Table;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.shared.Words;

/** The action plan as one table: a row per action (a recommendation without actions still gets its row). */
public final class ActionPlanTable {

    static final List<String> HEADINGS = List.of(
            "Recommendation",
            "Title",
            "Acceptance",
            "Response",
            "Action",
            "Owner",
            "Owner's user name",
            "Original due date",
            "Due date",
            "Days moved",
            "Status",
            "RAG",
            "Overdue",
            "Updates",
            "Latest update",
            "Latest update on");

    private ActionPlanTable() {}

    public static Table of(ActionPlanView plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (ActionPlanView.Entry entry : plan.recommendations()) {
            List<Object> about = Arrays.asList(
                    entry.number(),
                    entry.title(),
                    entry.answered() ? Words.of(entry.response().acceptance()) : "No response yet",
                    entry.answered() ? entry.response().narrative() : null);
            if (entry.actions().isEmpty()) {
                List<Object> row = new ArrayList<>(about);
                row.addAll(java.util.Collections.nCopies(HEADINGS.size() - about.size(), null));
                rows.add(row);
            }
            for (ActionPlanView.ActionView a : entry.actions()) {
                List<Object> row = new ArrayList<>(about);
                var latest = a.updates().isEmpty()
                        ? null
                        : a.updates().get(a.updates().size() - 1);
                row.addAll(Arrays.asList(
                        a.description(),
                        a.ownerShown(),
                        a.ownerUser(),
                        a.originalDue(),
                        a.due(),
                        a.slippageDays(),
                        Words.of(a.status()),
                        a.rag() == null ? null : Words.of(a.rag()),
                        a.overdue(),
                        a.updates().size(),
                        latest == null ? null : latest.narrative(),
                        latest == null ? null : latest.writtenOn()));
                rows.add(row);
            }
        }
        return new Table("Action plan", HEADINGS, rows);
    }

    /** The file name people get: council and visit, e.g. "Coventry City Council action plan (15 January 2024)". */
    public static String fileName(ActionPlanView plan, String extension) {
        return plan.councilName() + " action plan (" + HumanDate.of(plan.onSiteStart()) + ")." + extension;
    }
}
