package uk.gov.lga.hub.application.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.ChallengeAccess;
import uk.gov.lga.hub.application.security.CouncilAccess;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.PublicationRules;
import uk.gov.lga.hub.domain.council.Council;

/** Reading peer challenges; read models are built inside the transaction so nothing loads lazily afterwards. */
@ApplicationScoped
@Transactional
public class ChallengeService {

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    CouncilDirectory councils;

    @Inject
    PublicationRules rules;

    @Inject
    Clock clock;

    public List<ChallengeSummary> challengesOf(Caller caller, String councilCode) {
        Council council = councils.byCode(councilCode);
        CouncilAccess.requireDetail(caller, council);
        return challenges.findByCouncilCode(council.code()).stream()
                .map(ChallengeSummary::of)
                .toList();
    }

    /** Every council's challenges, for the LGA's own staff. */
    public List<ChallengeSummary> all(Caller caller) {
        if (!caller.isLgaStaff()) {
            throw new AccessDenied("Only the LGA's staff see every council's challenges.");
        }
        return challenges.findAll().stream().map(ChallengeSummary::of).toList();
    }

    public ChallengeDetail challenge(Caller caller, long id) {
        PeerChallenge challenge =
                challenges.findById(id).orElseThrow(() -> new NotFound("There is no peer challenge " + id + "."));
        ChallengeAccess.requireRead(caller, challenge);
        return ChallengeDetail.of(challenge, rules, LocalDate.now(clock));
    }
}
