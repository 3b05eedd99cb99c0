package uk.gov.lga.hub.application.peer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.ChallengeAccess;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.PersistenceFailures;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.domain.peer.Peer;
import uk.gov.lga.hub.domain.peer.PeerKind;
import uk.gov.lga.hub.domain.peer.PeerRepository;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;
import uk.gov.lga.hub.domain.theme.ThemeRepository;

/**
 * The LGA's peer directory: who serves as a peer, reused across challenges. LGA-wide shared data with contact
 * details, so only LGA staff (administrators and peer challenge managers) read and edit it; advisers and councils
 * see a team only through its challenge.
 */
@ApplicationScoped
@Transactional
public class PeerDirectory {

    @Inject
    PeerRepository peers;

    @Inject
    ThemeRepository themes;

    @Inject
    Clock clock;

    /** What a manager types about a peer; themes are core theme codes. */
    public record PeerDetails(
            String name,
            PeerKind kind,
            String politicalGroup,
            String organisation,
            String homeCouncil,
            String position,
            List<String> themes,
            String email,
            String username) {}

    /**
     * Who the directory page shows: a part of the name (any case), a kind and a theme of expertise, each left out
     * (null or blank) to match everyone.
     */
    public record Filter(String name, PeerKind kind, String theme) {

        public static final Filter EVERYONE = new Filter(null, null, null);

        public boolean matches(PeerView peer) {
            return (name == null
                            || name.isBlank()
                            || peer.name()
                                    .toLowerCase(Locale.ROOT)
                                    .contains(name.strip().toLowerCase(Locale.ROOT)))
                    && (kind == null || peer.kind() == kind)
                    && (theme == null || theme.isBlank() || peer.themes().contains(theme));
        }
    }

    /** A core theme a peer may have expertise in. */
    public record ThemeChoice(String code, String name) {}

    public List<PeerView> list(Caller caller) {
        return list(caller, Filter.EVERYONE);
    }

    /** The directory by name, only those the filter matches. */
    public List<PeerView> list(Caller caller, Filter filter) {
        ChallengeAccess.requireManager(caller);
        return peers.findAll().stream()
                .map(PeerView::of)
                .filter(filter::matches)
                .toList();
    }

    /** The core themes of every framework, today's first: what a peer's expertise is chosen from. */
    public List<ThemeChoice> themeChoices(Caller caller) {
        ChallengeAccess.requireManager(caller);
        return Arrays.stream(ThemeFramework.values())
                .flatMap(framework -> themes.coreThemesOf(framework).stream())
                .map(theme -> new ThemeChoice(theme.code(), theme.name()))
                .toList();
    }

    public PeerHistory peer(Caller caller, long id) {
        ChallengeAccess.requireManager(caller);
        Peer peer = find(id);
        return new PeerHistory(
                PeerView.of(peer),
                peers.placesOf(id).stream().map(PeerHistory.TeamPlace::of).toList());
    }

    public PeerView add(Caller caller, PeerDetails details) {
        ChallengeAccess.requireManager(caller);
        Peer peer = Peer.enlist(domain(details, null), caller.username(), clock.instant());
        peers.add(peer);
        return saved(peer);
    }

    public PeerView revise(Caller caller, long id, Long basedOn, PeerDetails details) {
        ChallengeAccess.requireManager(caller);
        Peer peer = find(id);
        if (basedOn != null) {
            StaleRecord.requireCurrent(basedOn, peer.version(), "this peer", () -> PeerView.of(peer));
        }
        peer.revise(domain(details, peer), caller.username(), clock.instant());
        return saved(peer);
    }

    private PeerView saved(Peer peer) {
        try {
            peers.flush();
        } catch (RuntimeException failure) {
            throw PersistenceFailures.translated(failure);
        }
        return PeerView.of(peer);
    }

    private Peer find(long id) {
        return peers.findById(id).orElseThrow(() -> new NotFound("There is no peer " + id + " in the directory."));
    }

    private Peer.Details domain(PeerDetails d, Peer editing) {
        DomainRuleViolation.require(d != null, "peer-name-required", "A peer's name is required.");
        String username = d.username() == null || d.username().isBlank()
                ? null
                : d.username().strip();
        DomainRuleViolation.require(
                username == null
                        || peers.findByUsername(username)
                                .filter(other -> other != editing)
                                .isEmpty(),
                "peer-username-taken",
                "Someone else in the directory signs in as " + username + ".");
        return new Peer.Details(
                d.name(),
                d.kind(),
                d.politicalGroup(),
                d.organisation(),
                d.homeCouncil(),
                d.position(),
                d.email(),
                username,
                expertise(d.themes()));
    }

    private List<Theme> expertise(List<String> codes) {
        return codes == null
                ? List.of()
                : codes.stream()
                        .map(code -> themes.findByCode(code)
                                .orElseThrow(() ->
                                        new DomainRuleViolation("theme-unknown", "There is no theme " + code + ".")))
                        .toList();
    }
}
