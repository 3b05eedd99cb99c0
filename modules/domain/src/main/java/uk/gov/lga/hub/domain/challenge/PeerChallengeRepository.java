package uk.gov.lga.hub.domain.challenge;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.domain.theme.Theme;

public interface PeerChallengeRepository {

    Optional<PeerChallenge> findById(long id);

    /** The council's challenges, most recent visit first. */
    List<PeerChallenge> findByCouncilCode(String councilCode);

    /** The codes of the councils that have had a challenge (of any status). */
    Set<String> councilsWithChallenges();

    /** Every council's challenges, most recent visit first. */
    List<PeerChallenge> findAll();

    /** The challenges on whose peer team the user is the peer challenge manager, most recent visit first. */
    List<PeerChallenge> managedBy(String username);

    /** The challenges whose peer team names the user (in any role), most recent visit first. */
    List<PeerChallenge> withTeamMember(String username);

    /** The challenges whose scope names the theme (their recommendations' themes and feedback lie within it). */
    List<PeerChallenge> namingTheme(Theme theme);

    void add(PeerChallenge challenge);

    /** Writes pending changes now, so ids and versions are known to the caller. */
    void flush();

    /** The challenge's version moves on with this change, even when only a part of it (a peer, a recommendation) changed. */
    void markChanged(PeerChallenge challenge);
}
