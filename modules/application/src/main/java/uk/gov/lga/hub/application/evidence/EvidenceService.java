package uk.gov.lga.hub.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.application.actionplan.ActionPlans;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.KeyRecommendationRepository;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.evidence.AcceptedFile;
import uk.gov.lga.hub.domain.evidence.Evidence;
import uk.gov.lga.hub.domain.evidence.EvidencePolicy;
import uk.gov.lga.hub.domain.evidence.EvidenceRepository;
import uk.gov.lga.hub.domain.evidence.EvidenceTarget;
import uk.gov.lga.hub.domain.response.CouncilResponseRepository;
import uk.gov.lga.hub.domain.response.PlanActionRepository;

/**
 * Evidence behind a response, an action or an update: links, and files checked by the {@link EvidencePolicy}
 * before anything is stored. Each new version is a new record; earlier ones stay readable.
 */
@ApplicationScoped
public class EvidenceService {

    /** Where evidence goes: the response to a recommendation, one of its actions, or an update of that action. */
    public record Attachment(long recommendationId, Long actionId, Long updateId) {}

    public record LinkCommand(String title, String url) {}

    public record Download(EvidenceView evidence, byte[] content) {}

    @Inject
    CouncilDataScope scope;

    @Inject
    CouncilDirectory councils;

    @Inject
    KeyRecommendationRepository recommendations;

    @Inject
    CouncilResponseRepository responses;

    @Inject
    PlanActionRepository actions;

    @Inject
    ActionPlans plans;

    @Inject
    EvidenceRepository evidence;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hub.evidence.max-bytes", defaultValue = "10485760")
    long maxBytes;

    public EvidencePolicy policy() {
        return new EvidencePolicy(maxBytes);
    }

    public EvidenceView addLink(Caller caller, Attachment to, LinkCommand link) {
        Tenant tenant = councils.writerForRecommendation(caller, to.recommendationId());
        return scope.call(tenant, () -> {
            Target target = resolve(to);
            Evidence added = Evidence.link(
                    target.challenge(),
                    target.kind(),
                    target.id(),
                    link == null ? null : link.title(),
                    link == null ? null : link.url(),
                    tenant.actor(),
                    clock.instant());
            evidence.addLink(added);
            return recorded(tenant, "evidence.added", null, added);
        });
    }

    /** Reads at most the size limit, checks the file, then stores record and bytes in one transaction. */
    public EvidenceView addFile(Caller caller, Attachment to, String title, String fileName, InputStream upload) {
        Tenant tenant = councils.writerForRecommendation(caller, to.recommendationId());
        byte[] content = read(upload);
        AcceptedFile file = policy().accept(fileName, content);
        return scope.call(tenant, () -> {
            Target target = resolve(to);
            Evidence added = Evidence.file(
                    target.challenge(), target.kind(), target.id(), title, file, tenant.actor(), clock.instant());
            evidence.addFile(added, content);
            return recorded(tenant, "evidence.added", null, added);
        });
    }

    public EvidenceView addLinkVersion(Caller caller, long challengeId, long evidenceId, LinkCommand link) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        return scope.call(tenant, () -> {
            Evidence latest = latestOf(challengeId, evidenceId);
            Evidence next = latest.nextLink(link == null ? null : link.url(), tenant.actor(), clock.instant());
            evidence.addLink(next);
            return recorded(tenant, "evidence.new-version", latest, next);
        });
    }

    public EvidenceView addFileVersion(
            Caller caller, long challengeId, long evidenceId, String fileName, InputStream upload) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        byte[] content = read(upload);
        AcceptedFile file = policy().accept(fileName, content);
        return scope.call(tenant, () -> {
            Evidence latest = latestOf(challengeId, evidenceId);
            Evidence next = latest.nextFile(file, tenant.actor(), clock.instant());
            evidence.addFile(next, content);
            return recorded(tenant, "evidence.new-version", latest, next);
        });
    }

    /** A file for the challenge's peer team: the council's editors add it to the challenge's document pack. */
    public EvidenceView addToDocumentPack(
            Caller caller, long challengeId, String title, String fileName, InputStream upload) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        byte[] content = read(upload);
        AcceptedFile file = policy().accept(fileName, content);
        return scope.call(tenant, () -> {
            Evidence added = Evidence.file(
                    plans.challenge(challengeId),
                    EvidenceTarget.DOCUMENT_PACK,
                    challengeId,
                    title,
                    file,
                    tenant.actor(),
                    clock.instant());
            evidence.addFile(added, content);
            return recorded(tenant, "document-pack.added", null, added);
        });
    }

    /** The challenge's document pack as its council (and whoever may read the council's records) sees it. */
    public List<EvidenceView> documentPack(Caller caller, long challengeId) {
        Tenant tenant = councils.readerOfChallenge(caller, challengeId);
        return scope.call(
                tenant,
                () -> evidence.findByChallenge(challengeId).stream()
                        .filter(e -> e.attachedTo() == EvidenceTarget.DOCUMENT_PACK)
                        .map(EvidenceView::of)
                        .toList());
    }

    /** Every version of the evidence, oldest first. */
    public List<EvidenceView> versions(Caller caller, long challengeId, long evidenceId) {
        Tenant tenant = councils.readerOfChallenge(caller, challengeId);
        return scope.call(
                tenant,
                () -> evidence.versionsOf(find(challengeId, evidenceId).lineage()).stream()
                        .map(EvidenceView::of)
                        .toList());
    }

    public Download download(Caller caller, long challengeId, long evidenceId) {
        Tenant tenant = councils.readerOfChallenge(caller, challengeId);
        return scope.call(tenant, () -> {
            Evidence found = find(challengeId, evidenceId);
            byte[] content = evidence.contentOf(evidenceId)
                    .orElseThrow(() -> new NotFound("This evidence is a link, not a file."));
            return new Download(EvidenceView.of(found), content);
        });
    }

    private EvidenceView recorded(Tenant tenant, String action, Evidence before, Evidence after) {
        audit.record(
                tenant,
                action,
                "evidence \"" + after.title() + "\" (challenge "
                        + after.challenge().id() + ")",
                before == null ? null : EvidenceView.of(before),
                EvidenceView.of(after));
        return EvidenceView.of(after);
    }

    private byte[] read(InputStream upload) {
        try {
            return policy().read(upload == null ? InputStream.nullInputStream() : upload);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    private Evidence find(long challengeId, long evidenceId) {
        return evidence.findById(evidenceId)
                .filter(e -> e.challenge().id() == challengeId)
                .orElseThrow(() -> new NotFound("There is no evidence " + evidenceId + " for this challenge."));
    }

    /** New versions follow the newest, whichever version's id the caller names. */
    private Evidence latestOf(long challengeId, long evidenceId) {
        List<Evidence> versions =
                evidence.versionsOf(find(challengeId, evidenceId).lineage());
        return versions.get(versions.size() - 1);
    }

    private record Target(PeerChallenge challenge, EvidenceTarget kind, long id) {}

    /** The response, action or update named, checked to belong together, or 404. */
    private Target resolve(Attachment to) {
        KeyRecommendation recommendation = recommendations
                .findById(to.recommendationId())
                .orElseThrow(() -> new NotFound("There is no recommendation " + to.recommendationId() + "."));
        PeerChallenge challenge = recommendation.challenge();
        if (to.actionId() == null) {
            long responseId = responses
                    .findByRecommendation(to.recommendationId())
                    .orElseThrow(() -> new NotFound("Record the council's response before adding evidence to it."))
                    .id();
            return new Target(challenge, EvidenceTarget.RESPONSE, responseId);
        }
        var action = plans.actionUnder(to.recommendationId(), to.actionId());
        if (to.updateId() == null) {
            return new Target(challenge, EvidenceTarget.ACTION, action.id());
        }
        var update = actions.findUpdate(to.updateId())
                .filter(u -> u.action().id().equals(action.id()))
                .orElseThrow(() -> new NotFound("There is no update " + to.updateId() + " of this action."));
        return new Target(challenge, EvidenceTarget.UPDATE, update.id());
    }
}
