package uk.gov.lga.hub.ui.adviser;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import uk.gov.lga.hub.application.export.Attachment;
import uk.gov.lga.hub.application.export.Csv;
import uk.gov.lga.hub.application.export.Table;
import uk.gov.lga.hub.application.export.Xlsx;
import uk.gov.lga.hub.application.progress.Dashboard;
import uk.gov.lga.hub.application.progress.ProgressService;
import uk.gov.lga.hub.application.progress.ProgressTables;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.ui.signin.SignedInCaller;

/**
 * The dashboard's tables for signed-in advisers, {@code /app/adviser/export?format=csv|xlsx} with the page's own
 * parameters (region, filters, order): exactly what the screen shows, the CSV its council table.
 */
@WebServlet("/app/adviser/export")
public class ProgressDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgressService progress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = SignedInCaller.of(request);
        try {
            Dashboard dashboard =
                    DashboardView.of(request::getParameter, caller).load(progress, caller, true);
            List<Table> tables = ProgressTables.of(dashboard);
            boolean excel = "xlsx".equals(request.getParameter("format"));
            response.setContentType(excel ? Xlsx.MEDIA_TYPE : Csv.MEDIA_TYPE);
            response.setHeader(
                    "Content-Disposition",
                    Attachment.disposition(dashboard.scope() + " progress." + (excel ? "xlsx" : "csv")));
            response.setHeader(Attachment.NO_SNIFF_HEADER, Attachment.NO_SNIFF);
            if (excel) {
                Xlsx.write(tables, response.getOutputStream());
            } else {
                Csv.write(tables.get(1), response.getOutputStream());
            }
        } catch (AccessDenied refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, refused.getMessage());
        }
    }
}
