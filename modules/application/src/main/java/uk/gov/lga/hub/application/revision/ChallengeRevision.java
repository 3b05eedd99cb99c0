package uk.gov.lga.hub.application.revision;

import uk.gov.lga.hub.domain.region.Region;

/**
 * A challenge's facts that decide who may read it, and the revision of its shared records.
 *
 * @param onTeam whether the user asked about is on the challenge's peer team
 */
public record ChallengeRevision(String councilCode, Region region, boolean onTeam, long revision) {}
