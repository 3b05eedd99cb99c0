package uk.gov.lga.hub.application.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.challenge.KeyRecommendationRepository;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;

/** Councils, and which council a challenge or recommendation belongs to: shared data, read by anyone signed in. */
@ApplicationScoped
@Transactional
public class CouncilDirectory {

    @Inject
    CouncilRepository councils;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    KeyRecommendationRepository recommendations;

    public List<CouncilSummary> all() {
        return councils.findAll().stream().map(CouncilSummary::of).toList();
    }

    /** The councils the newest register no longer lists, with the day a load first found each missing. */
    public java.util.Map<String, java.time.LocalDate> missingFromRegister() {
        return councils.findAll().stream()
                .filter(c -> c.missingFromRegisterSince() != null)
                .collect(java.util.stream.Collectors.toMap(Council::code, Council::missingFromRegisterSince));
    }

    public Council byCode(String code) {
        return councils.findByCode(code).orElseThrow(() -> new NotFound("There is no council with code " + code + "."));
    }

    /** The council a challenge was held at: whose data its council-owned records are. */
    public Council ofChallenge(long challengeId) {
        return challenges
                .findById(challengeId)
                .map(PeerChallenge::council)
                .orElseThrow(() -> new NotFound("There is no peer challenge " + challengeId + "."));
    }

    public Council ofRecommendation(long recommendationId) {
        return recommendations
                .findById(recommendationId)
                .map(r -> r.challenge().council())
                .orElseThrow(() -> new NotFound("There is no recommendation " + recommendationId + "."));
    }

    /** The caller reading a challenge's council-owned records: the lookup and the access check, always together. */
    public Tenant readerOfChallenge(Caller caller, long challengeId) {
        return Tenant.readerOf(caller, ofChallenge(challengeId));
    }

    /** The caller changing their council's records about a challenge (see {@link Tenant#writerFor}). */
    public Tenant writerForChallenge(Caller caller, long challengeId) {
        return Tenant.writerFor(caller, ofChallenge(challengeId));
    }

    public Tenant readerOfRecommendation(Caller caller, long recommendationId) {
        return Tenant.readerOf(caller, ofRecommendation(recommendationId));
    }

    public Tenant writerForRecommendation(Caller caller, long recommendationId) {
        return Tenant.writerFor(caller, ofRecommendation(recommendationId));
    }
}
