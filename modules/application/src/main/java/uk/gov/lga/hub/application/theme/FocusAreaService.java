package uk.gov.lga.hub.application.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.ChallengeAccess;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.PersistenceFailures;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.FocusAreaMerge;
import uk.gov.lga.hub.domain.theme.FocusAreaUse;
import uk.gov.lga.hub.domain.theme.LikelyDuplicates;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeMergeRecord;
import uk.gov.lga.hub.domain.theme.ThemeRepository;

/**
 * The focus areas councils asked for, kept tidy by the LGA's managers: which are in use, which are likely the same
 * area typed twice, and merging one into another. Themes and challenges are LGA-owned shared data, so a merge is one
 * transaction across every council's challenges, recorded in the themes' own trail and in the audit trail of each
 * council whose challenges it touched.
 */
@ApplicationScoped
@Transactional
public class FocusAreaService {

    static final int LATEST_MERGES = 20;

    @Inject
    ThemeRepository themes;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    Clock clock;

    public FocusAreaOverview overview(Caller caller) {
        ChallengeAccess.requireManager(caller);
        List<FocusAreaUse> uses = themes.focusAreaUses();
        Map<String, FocusAreaView> views = uses.stream()
                .map(FocusAreaView::of)
                .collect(Collectors.toMap(FocusAreaView::code, Function.identity()));
        List<MergeSuggestion> suggestions =
                LikelyDuplicates.among(uses.stream().map(FocusAreaUse::theme).toList()).stream()
                        .map(p -> MergeSuggestion.of(
                                views.get(p.first().code()),
                                views.get(p.second().code())))
                        .toList();
        return new FocusAreaOverview(
                uses.stream().map(u -> views.get(u.theme().code())).toList(),
                suggestions,
                themes.merges(LATEST_MERGES).stream().map(MergeView::of).toList());
    }

    /**
     * Merges the focus area {@code mergedCode} into {@code keptCode}: every challenge naming it names the kept one
     * instead, and its code leads there from now on. An unknown focus area to merge is not found (404); an unknown
     * one to keep, a core theme, or the same one twice is refused (422); all or nothing.
     */
    public MergeView merge(Caller caller, String mergedCode, String keptCode) {
        ChallengeAccess.requireManager(caller);
        Theme merged = themes.findAsStored(mergedCode)
                .orElseThrow(() -> new NotFound("There is no focus area " + mergedCode + "."));
        DomainRuleViolation.require(
                keptCode != null && !keptCode.isBlank(), "merge-target-required", "Say which focus area to keep.");
        Theme kept = themes.findAsStored(keptCode)
                .orElseThrow(
                        () -> new DomainRuleViolation("theme-unknown", "There is no focus area " + keptCode + "."));
        List<PeerChallenge> touched = challenges.namingTheme(merged);
        int recommendations = (int) touched.stream()
                .flatMap(c -> c.recommendations().stream())
                .filter(r -> r.themes().contains(merged))
                .count();
        FocusAreaMerge merge = merged.mergeInto(kept);
        touched.forEach(c -> {
            c.mergeTheme(merge);
            challenges.markChanged(c);
        });
        ThemeMergeRecord record = new ThemeMergeRecord(
                merge,
                caller.username(),
                clock.instant(),
                touched.size(),
                recommendations,
                touched.stream().map(c -> c.council().code()).toList());
        themes.recordMerge(record, kept);
        try {
            challenges.flush();
        } catch (RuntimeException failure) {
            throw PersistenceFailures.translated(failure);
        }
        return MergeView.of(record);
    }
}
