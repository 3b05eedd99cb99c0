package uk.gov.lga.hub.domain.peer;

import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.PeerTeamMember;

/** The peer directory: LGA-wide, outside every council's wall. */
public interface PeerRepository {

    Optional<Peer> findById(long id);

    /** Everyone in the directory, by name. */
    List<Peer> findAll();

    Optional<Peer> findByUsername(String username);

    /** The team places the peer has held (linked by id), most recent visit first, with their challenges. */
    List<PeerTeamMember> placesOf(long peerId);

    void add(Peer peer);

    void flush();
}
