package uk.gov.lga.hub.application.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.council.CouncilSummary;
import uk.gov.lga.hub.application.response.ResponseView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.ChallengeAccess;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.evidence.FileTooLarge;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.CouncilResponseRepository;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.importer.ImportProgress;
import uk.gov.lga.hub.importer.NotAReport;
import uk.gov.lga.hub.importer.report.ReportParser;
import uk.gov.lga.hub.importer.response.ResponseMatcher;
import uk.gov.lga.hub.importer.response.ResponseTableDraft;
import uk.gov.lga.hub.importer.response.ResponseTableParser;

/**
 * Reading existing reports and response tables into drafts (nothing saved), and saving a checked response table
 * in one transaction. A checked report is saved by {@code ChallengeManagement.importChallenge}. The importer stays
 * behind this service: callers see its read models ({@link ReportDraftView}, {@link ResponseMatch}), its progress
 * callback ({@link ImportSteps}) and its refusal ({@link NotImportable}), never the importer's own types.
 */
@ApplicationScoped
public class ImportService {

    /**
     * One row of a response table and the recommendation it was matched to (if any), for checking.
     *
     * @param responseVersion the version of the council's response to that recommendation when the table was read
     *                        (none if it had none): what the confirmation must quote
     */
    public record ResponseMatch(
            String number,
            String recommendationAsPrinted,
            String response,
            Long recommendationId,
            String recommendationNumber,
            String confidence,
            Long responseVersion)
            implements java.io.Serializable {}

    /**
     * A response as the editor confirmed it.
     *
     * @param version the response's version the import was read against ({@link ResponseMatch#responseVersion}),
     *                none for a recommendation that had no response: a response saved since is not overwritten
     */
    public record ConfirmedResponse(long recommendationId, Acceptance acceptance, String narrative, Long version) {}

    @Inject
    CouncilDirectory councils;

    @Inject
    CouncilDataScope scope;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    CouncilResponseRepository responses;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ImportLimits limits;

    /**
     * @throws FileTooLarge over the size limit (nothing read past it); {@link NotImportable} for what cannot be read
     */
    public ReportDraftView readReport(Caller caller, String fileName, InputStream file, ImportSteps progress) {
        ChallengeAccess.requireManager(caller);
        ImportProgress steps = progress::step;
        // The register of councils the Hub knows: the draft's council is the longest known name the report
        // gives, or a doubt; never a guess.
        List<String> known = councils.all().stream().map(CouncilSummary::name).toList();
        try {
            return ReportDraftView.of(
                    isWord(fileName)
                            ? ReportParser.parseDocx(limits.readWord(file), steps, limits.docx(), known)
                            : ReportParser.parseText(limits.readText(file), steps, known));
        } catch (NotAReport refused) {
            throw new NotImportable(refused.getMessage(), refused);
        }
    }

    /** Reads a council's response table and matches each row to the challenge's recommendations. */
    @jakarta.transaction.Transactional
    public List<ResponseMatch> readResponses(Caller caller, long challengeId, String fileName, InputStream file) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        ResponseTableDraft table = readTable(fileName, file);
        List<ResponseMatcher.Known> known = recommendationsOf(challengeId).stream()
                .map(r -> new ResponseMatcher.Known(r.id(), r.number(), r.title(), r.text()))
                .toList();
        Map<Long, Long> versions = scope.call(
                tenant,
                () -> responses.findByChallenge(challengeId).stream()
                        .collect(Collectors.toMap(r -> r.recommendation().id(), CouncilResponse::version)));
        return ResponseMatcher.match(table.rows(), known).stream()
                .map(m -> new ResponseMatch(
                        m.row().number(),
                        m.row().recommendation(),
                        m.row().response(),
                        m.recommendation() == null ? null : m.recommendation().id(),
                        m.recommendation() == null ? null : m.recommendation().number(),
                        m.confidence().name(),
                        m.recommendation() == null
                                ? null
                                : versions.get(m.recommendation().id())))
                .toList();
    }

    /** Saves every confirmed response in one transaction (new ones recorded, existing ones revised) or none. */
    public List<ResponseView> confirmResponses(Caller caller, long challengeId, List<ConfirmedResponse> confirmed) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        DomainRuleViolation.require(
                confirmed != null && !confirmed.isEmpty(), "import-empty", "There are no responses to import.");
        return scope.call(tenant, () -> {
            List<KeyRecommendation> recs = recommendationsOf(challengeId);
            List<ResponseView> saved = new ArrayList<>();
            for (ConfirmedResponse c : confirmed) {
                KeyRecommendation rec = recs.stream()
                        .filter(r -> r.id() == c.recommendationId())
                        .findFirst()
                        .orElseThrow(() -> new DomainRuleViolation(
                                "import-recommendation-unknown",
                                "Recommendation " + c.recommendationId() + " is not one of this challenge's."));
                String subject = "recommendation " + rec.number() + " of challenge " + challengeId;
                var existing = responses.findByRecommendation(rec.id());
                if (existing.isPresent()) {
                    StaleRecord.requireCurrent(
                            c.version(),
                            existing.get().version(),
                            "the response to recommendation " + rec.number(),
                            () -> ResponseView.of(existing.get()));
                    ResponseView before = ResponseView.of(existing.get());
                    existing.get().revise(c.acceptance(), c.narrative(), tenant.actor(), clock.instant());
                    audit.record(tenant, "response.imported", subject, before, ResponseView.of(existing.get()));
                    saved.add(ResponseView.of(existing.get()));
                } else {
                    CouncilResponse created = CouncilResponse.to(
                            rec,
                            tenant.councilCode().value(),
                            c.acceptance(),
                            c.narrative(),
                            tenant.actor(),
                            clock.instant());
                    responses.add(created);
                    responses.flush();
                    audit.record(tenant, "response.imported", subject, null, ResponseView.of(created));
                    saved.add(ResponseView.of(created));
                }
            }
            responses.flush();
            return saved;
        });
    }

    private ResponseTableDraft readTable(String fileName, InputStream file) {
        try {
            return isWord(fileName)
                    ? ResponseTableParser.parseDocx(limits.readWord(file), ImportProgress.NONE, limits.docx())
                    : ResponseTableParser.parseText(limits.readText(file), ImportProgress.NONE);
        } catch (NotAReport refused) {
            throw new NotImportable(refused.getMessage(), refused);
        }
    }

    private List<KeyRecommendation> recommendationsOf(long challengeId) {
        return challenges
                .findById(challengeId)
                .map(PeerChallenge::recommendations)
                .orElseThrow(() -> new NotFound("There is no peer challenge " + challengeId + "."));
    }

    private static boolean isWord(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return true;
        }
        if (name.endsWith(".txt") || name.endsWith(".text") || name.isEmpty()) {
            return false;
        }
        throw new NotImportable("Upload the document as a Word file (.docx) or as text (.txt); " + fileName
                + " is neither. For a PDF, save it as Word or copy its text first.");
    }
}
