package uk.gov.lga.hub.ui.publicreports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import uk.gov.lga.hub.application.challenge.PublicReports;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.ui.layout.Labels;

/** The public start page: every published report, newest first. */
@Named
@RequestScoped
public class PublishedReportsPage {

    @Inject
    PublicReports reports;

    private uk.gov.lga.hub.ui.layout.Paged<PublicReports.Listing> page;

    /** 20 reports a page, newest first. */
    public uk.gov.lga.hub.ui.layout.Paged<PublicReports.Listing> getReports() {
        if (page == null) {
            page = uk.gov.lga.hub.ui.layout.Paged.of(
                    reports.all(),
                    jakarta.faces.context.FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestParameterMap()
                            .get("page"),
                    20);
        }
        return page;
    }

    public String kind(PublicationKind kind) {
        return ReportKinds.label(kind);
    }

    public String date(LocalDate date) {
        return Labels.of(date);
    }
}
