package uk.gov.lga.hub.application.peer;

import java.time.Instant;
import java.util.List;
import uk.gov.lga.hub.domain.peer.Peer;
import uk.gov.lga.hub.domain.peer.PeerKind;
import uk.gov.lga.hub.domain.theme.Theme;

/** One person in the peer directory; {@code version} is what an edit quotes in If-Match. */
public record PeerView(
        long id,
        String name,
        PeerKind kind,
        String politicalGroup,
        String organisation,
        String homeCouncil,
        String position,
        List<String> themes,
        String email,
        String username,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public static PeerView of(Peer peer) {
        return new PeerView(
                peer.id() == null ? 0 : peer.id(),
                peer.name(),
                peer.kind(),
                peer.politicalGroup(),
                peer.organisation(),
                peer.homeCouncil().orElse(null),
                peer.position(),
                peer.themes().stream().map(Theme::code).toList(),
                peer.email(),
                peer.username(),
                peer.updatedBy(),
                peer.updatedAt(),
                peer.version());
    }
}
