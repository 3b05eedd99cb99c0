package uk.gov.lga.hub.application.fakes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.application.progress.ProgressFigures;
import uk.gov.lga.hub.domain.progress.ChallengeFacts;
import uk.gov.lga.hub.domain.progress.RecommendationFigures;

/** Dashboard figures as the test sets them, narrowed to the scope asked for; records each scope asked. */
public final class FixedProgressFigures implements ProgressFigures {

    private final List<ChallengeFacts> challenges = new ArrayList<>();
    private final List<RecommendationFigures> recommendations = new ArrayList<>();
    private final List<CouncilFacts> councils = new ArrayList<>();
    private final List<RatingPair> selfRatings = new ArrayList<>();
    private final List<Scope> asked = new ArrayList<>();

    public void add(RatingPair pair) {
        selfRatings.add(pair);
    }

    public void add(ChallengeFacts facts) {
        challenges.add(facts);
    }

    public void add(RecommendationFigures figures) {
        recommendations.add(figures);
    }

    public void add(CouncilFacts council) {
        councils.add(council);
    }

    public List<Scope> asked() {
        return List.copyOf(asked);
    }

    @Override
    public List<ChallengeFacts> challenges(Scope scope) {
        asked.add(scope);
        return inScope(scope);
    }

    private List<ChallengeFacts> inScope(Scope scope) {
        return challenges.stream()
                .filter(c -> scope.councilCode().map(c.councilCode()::equals).orElse(true)
                        && scope.region().map(r -> c.region() == r).orElse(true))
                .toList();
    }

    @Override
    public List<RecommendationFigures> recommendations(LocalDate asOf, Scope scope) {
        var inScope = inScope(scope).stream().map(ChallengeFacts::challengeId).toList();
        return recommendations.stream()
                .filter(r -> inScope.contains(r.challengeId()))
                .toList();
    }

    @Override
    public List<MonthlyUpdates> monthlyUpdates(LocalDate since, Scope scope) {
        return List.of();
    }

    @Override
    public List<RatingPair> selfRatings(Scope scope) {
        var inScope = inScope(scope).stream().map(ChallengeFacts::challengeId).toList();
        return selfRatings.stream()
                .filter(p -> inScope.contains(p.challengeId()))
                .toList();
    }

    @Override
    public List<CouncilFacts> councils() {
        return List.copyOf(councils);
    }
}
