package uk.gov.lga.hub.ui.publicreports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.application.challenge.PublicReports;
import uk.gov.lga.hub.application.challenge.PublishedContent;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.ui.form.PageLoad;
import uk.gov.lga.hub.ui.layout.Labels;

/** One published report, shown exactly as it was frozen when it was published. */
@Named
@RequestScoped
public class PublishedReportPage {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    PublicReports reports;

    private Long id;
    private PublicReports.Listing publication;
    private PublicReports.Listing related;
    private PublishedContent.FeedbackReport feedback;
    private PublishedContent.ProgressReviewReport progress;

    /** Loads the report named in the address, or answers 404. */
    public void load() throws IOException {
        PageLoad.orNotFound(() -> {
            PublicReports.PublishedReport report = reports.report(id == null ? -1 : id);
            publication = report.publication();
            related = report.related();
            if (publication.kind() == PublicationKind.PROGRESS_REVIEW_REPORT) {
                progress = JSON.fromJson(report.content().toString(), PublishedContent.ProgressReviewReport.class);
            } else {
                feedback = JSON.fromJson(report.content().toString(), PublishedContent.FeedbackReport.class);
            }
        });
    }

    public String getTitle() {
        return publication == null
                ? "Report"
                : publication.councilName() + ": "
                        + (progress != null ? "progress review report" : "Corporate Peer Challenge feedback report");
    }

    /** Report text keeps its paragraphs as blank-line-separated blocks. */
    public List<String> paragraphs(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\n\\s*\\n"))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
    }

    public List<Map.Entry<String, String>> getFeedbackByTheme() {
        return feedback == null || feedback.feedbackByTheme() == null
                ? List.of()
                : List.copyOf(feedback.feedbackByTheme().entrySet());
    }

    public String date(LocalDate date) {
        return Labels.of(date);
    }

    public String rag(Enum<?> rag) {
        return Labels.of(rag);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicReports.Listing getPublication() {
        return publication;
    }

    /** The challenge's other published report (feedback or progress review), to link to; else null. */
    public PublicReports.Listing getRelated() {
        return related;
    }

    public String kind(PublicationKind kind) {
        return ReportKinds.label(kind);
    }

    public PublishedContent.FeedbackReport getFeedback() {
        return feedback;
    }

    public PublishedContent.ProgressReviewReport getProgress() {
        return progress;
    }
}
