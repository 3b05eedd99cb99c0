package uk.gov.lga.hub.ui.plan;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import uk.gov.lga.hub.application.actionplan.ActionPlanService;
import uk.gov.lga.hub.application.actionplan.ActionPlanTable;
import uk.gov.lga.hub.application.actionplan.ActionPlanView;
import uk.gov.lga.hub.application.evidence.EvidenceService;
import uk.gov.lga.hub.application.export.Attachment;
import uk.gov.lga.hub.application.export.Csv;
import uk.gov.lga.hub.application.export.Xlsx;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.signin.SignedInCaller;

/**
 * Files for signed-in users of the UI, made by the same code as the API's: the action plan as CSV or Excel
 * ({@code /app/plan/export?id=&format=}) and evidence files ({@code /app/plan/evidence?challenge=&id=}).
 */
@WebServlet(urlPatterns = {"/app/plan/export", "/app/plan/evidence"})
public class PlanDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ActionPlanService plans;

    @Inject
    EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = SignedInCaller.of(request);
        try {
            if (request.getServletPath().endsWith("/evidence")) {
                Long challenge = FieldInput.number(request.getParameter("challenge"));
                Long id = FieldInput.number(request.getParameter("id"));
                EvidenceService.Download file =
                        evidence.download(caller, challenge == null ? -1 : challenge, id == null ? -1 : id);
                attachment(
                        response, file.evidence().contentType(), file.evidence().fileName());
                response.getOutputStream().write(file.content());
                return;
            }
            Long id = FieldInput.number(request.getParameter("id"));
            ActionPlanView plan = plans.plan(caller, id == null ? -1 : id);
            if ("xlsx".equals(request.getParameter("format"))) {
                attachment(response, Xlsx.MEDIA_TYPE, ActionPlanTable.fileName(plan, "xlsx"));
                Xlsx.write(List.of(ActionPlanTable.of(plan)), response.getOutputStream());
            } else {
                attachment(response, Csv.MEDIA_TYPE, ActionPlanTable.fileName(plan, "csv"));
                Csv.write(ActionPlanTable.of(plan), response.getOutputStream());
            }
        } catch (NotFound | AccessDenied notThere) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, notThere.getMessage());
        }
    }

    private static void attachment(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", Attachment.disposition(fileName));
        response.setHeader(Attachment.NO_SNIFF_HEADER, Attachment.NO_SNIFF);
    }
}
