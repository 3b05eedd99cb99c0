package uk.gov.lga.hub.application.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.challenge.ChallengeManagement.TeamMemberDetails;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.PeerTeamMember;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;
import uk.gov.lga.hub.domain.peer.ConflictOfInterest;
import uk.gov.lga.hub.domain.peer.ConflictsOfInterest;
import uk.gov.lga.hub.domain.peer.Peer;
import uk.gov.lga.hub.domain.peer.PeerKind;
import uk.gov.lga.hub.domain.peer.PeerRepository;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * A peer joining a team: picked from the directory by id, or typed in as a first-time peer, who then joins the
 * directory in the same transaction. Conflicts of interest ({@link ConflictOfInterest}) stop the step unless the
 * manager overrides them with a reason; the override, with the conflicts it overrode, goes into the council's trail.
 */
@ApplicationScoped
public class TeamPlacement {

    @Inject
    PeerRepository peers;

    @Inject
    CouncilRepository councils;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the trail keeps of a conflict: who, why, and the reason it was overridden (none when refused). */
    public record ConflictRecord(
            Long peerId, String peer, String organisation, List<ConflictOfInterest> conflicts, String override) {}

    void place(Caller caller, PeerChallenge challenge, TeamMemberDetails m) {
        Peer peer = m.peerId() != null ? listed(m.peerId()) : firstTime(caller, m);
        List<ConflictOfInterest> conflicts = ConflictOfInterest.between(
                peer,
                homeOf(peer),
                challenge,
                ConflictOfInterest.lastBefore(
                        challenge,
                        challenges.findByCouncilCode(challenge.council().code())));
        Optional<String> override = ConflictOfInterest.justify(
                conflicts, Optional.ofNullable(m.conflictOverride()).map(o -> o.reason() == null ? "" : o.reason()));
        if (peer.id() == null) {
            peers.add(peer);
            peers.flush();
        }
        DomainRuleViolation.require(
                challenge.team().stream().noneMatch(t -> peer.id().equals(t.peerId())),
                "peer-already-on-team",
                peer.name() + " is already on this team.");
        boolean listed = m.peerId() != null;
        TeamRole role = m.role() != null || !listed ? m.role() : peer.kind().usualRole();
        PeerTeamMember member = challenge.addTeamMember(
                listed ? peer.name() : m.name(),
                role,
                listed && blank(m.position()) ? peer.position() : m.position(),
                listed ? peer.organisation() : m.homeOrganisation(),
                listed ? peer.politicalGroup() : m.politicalGroup(),
                listed ? peer.username() : m.username());
        member.linkTo(peer.id());
        override.ifPresent(reason -> audit.record(
                Tenant.managementOf(caller, challenge.council().code()),
                "challenge.peer-conflict-overridden",
                ChallengeManagement.subject(challenge),
                null,
                new ConflictRecord(peer.id(), peer.name(), peer.organisation(), conflicts, reason)));
    }

    /** The refused attempt, for the council's trail (written by the caller in a transaction of its own). */
    ConflictRecord refused(TeamMemberDetails m, ConflictsOfInterest flagged) {
        Optional<Peer> listed = Optional.ofNullable(m.peerId()).flatMap(peers::findById);
        return new ConflictRecord(
                m.peerId(),
                listed.map(Peer::name).orElse(m.name()),
                listed.map(Peer::organisation).orElse(m.homeOrganisation()),
                flagged.conflicts(),
                null);
    }

    private Peer listed(long id) {
        return peers.findById(id)
                .orElseThrow(
                        () -> new DomainRuleViolation("peer-unknown", "There is no peer " + id + " in the directory."));
    }

    /** A first-time peer joins the directory; one who signs in and is already in it is that entry. */
    private Peer firstTime(Caller caller, TeamMemberDetails m) {
        DomainRuleViolation.require(m.role() != null, "peer-role-required", "A peer's role in the team is required.");
        Optional<Peer> known = blank(m.username())
                ? Optional.empty()
                : peers.findByUsername(m.username().strip());
        return known.orElseGet(() -> Peer.enlist(
                new Peer.Details(
                        m.name(),
                        PeerKind.fromTeamRole(m.role()),
                        m.politicalGroup(),
                        m.homeOrganisation(),
                        null,
                        m.position(),
                        null,
                        m.username(),
                        List.of()),
                caller.username(),
                clock.instant()));
    }

    /** The council the peer works for: by the code the directory records, else by the organisation's name. */
    private Optional<Council> homeOf(Peer peer) {
        if (peer.homeCouncil().isPresent()) {
            return councils.findByCode(peer.homeCouncil().get());
        }
        String name = normal(peer.organisation());
        return councils.findAll().stream()
                .filter(c -> normal(c.name()).equals(name))
                .findFirst();
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
