package uk.gov.lga.hub.domain.challenge.workspace.draft;

import java.util.Map;

/** What a draft gives the feedback report: its executive summary and its feedback per theme code. */
public record ReportWords(String executiveSummary, Map<String, String> themeFeedback) {}
