package uk.gov.lga.hub.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.evidence.Evidence;
import uk.gov.lga.hub.domain.evidence.EvidenceRepository;

/** The bound council's evidence, and the bytes of its files. */
final class InMemoryEvidenceRepository implements EvidenceRepository {

    private final InMemoryHub hub;

    InMemoryEvidenceRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public void addLink(Evidence link) {
        hub.evidence.add(link);
        hub.persist(link);
    }

    @Override
    public void addFile(Evidence file, byte[] content) {
        addLink(file);
        hub.contents.put(file, content.clone());
    }

    @Override
    public Optional<Evidence> findById(long id) {
        return hub.evidence.stream()
                .filter(hub::visible)
                .filter(e -> e.id() == id)
                .findFirst();
    }

    @Override
    public List<Evidence> findByChallenge(long challengeId) {
        return hub.evidence.stream()
                .filter(hub::visible)
                .filter(e -> e.challenge().id() == challengeId)
                .sorted(Comparator.comparing(Evidence::id))
                .toList();
    }

    @Override
    public List<Evidence> versionsOf(String lineage) {
        return hub.evidence.stream()
                .filter(hub::visible)
                .filter(e -> e.lineage().equals(lineage))
                .sorted(Comparator.comparing(Evidence::versionNo))
                .toList();
    }

    @Override
    public Optional<byte[]> contentOf(long evidenceId) {
        return findById(evidenceId).map(hub.contents::get).map(byte[]::clone);
    }
}
