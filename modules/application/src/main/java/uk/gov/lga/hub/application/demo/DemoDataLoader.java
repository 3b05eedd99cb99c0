package uk.gov.lga.hub.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.application.challenge.PublishedContent;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.OnSiteVisit;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.challenge.UnusualDates;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.peer.Peer;
import uk.gov.lga.hub.domain.peer.PeerKind;
import uk.gov.lga.hub.domain.peer.PeerRepository;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;
import uk.gov.lga.hub.domain.theme.ThemeRepository;

/**
 * Loads the seeds' councils and challenges when {@code hub.demo-data.enabled} is set (the run command and the
 * tests set it; production does not). Goes through the domain, so demo data obeys the same rules as real data.
 * Idempotent: a council that already exists is left alone with its challenges.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "hub.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    CouncilRepository councils;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    ThemeRepository themes;

    @Inject
    PeerRepository peers;

    @Inject
    java.time.Clock clock;

    @Transactional
    public void loadIfEnabled() {
        if (!enabled) {
            return;
        }
        DemoData data = read();
        int added = 0;
        for (DemoData.CouncilEntry entry : data.councils()) {
            if (councils.findByCode(entry.code()).isPresent()) {
                continue;
            }
            Council council = new Council(
                    entry.code(), entry.name(), CouncilType.valueOf(entry.type()), Region.fromCode(entry.region()));
            councils.add(council);
            data.challenges().stream()
                    .filter(c -> c.council().equals(entry.code()))
                    .forEach(c -> challenges.add(challengeFrom(council, c)));
            added++;
        }
        int loaded = added;
        LOG.info(() -> "Demo data: " + loaded + " councils loaded");
    }

    private PeerChallenge challengeFrom(Council council, DemoData.ChallengeEntry entry) {
        ThemeFramework framework = ThemeFramework.valueOf(entry.framework());
        PeerChallenge challenge = PeerChallenge.propose(
                council,
                framework,
                new OnSiteVisit(entry.onSiteStart(), entry.onSiteEnd()),
                themes.coreThemesOf(framework));
        entry.focusAreas().forEach(name -> challenge.addFocusArea(themes.focusArea(name)));
        for (DemoData.TeamEntry m : entry.team()) {
            challenge
                    .addTeamMember(
                            m.name(),
                            TeamRole.valueOf(m.role()),
                            m.position(),
                            m.homeOrganisation(),
                            m.politicalGroup(),
                            m.username())
                    .linkTo(directoryEntryOf(m).id());
        }
        for (DemoData.RecommendationEntry r : entry.recommendations()) {
            List<Theme> recThemes = r.themes().stream()
                    .map(code -> themes.findByCode(code)
                            .orElseThrow(() -> new IllegalStateException("Demo data names an unknown theme: " + code)))
                    .toList();
            challenge.addRecommendation(r.number(), r.title(), r.text(), recThemes);
        }
        // The challenge walks its lifecycle through the same steps a peer challenge manager takes.
        for (String step : entry.statusPath()) {
            switch (ChallengeStatus.valueOf(step)) {
                case REPORT_ISSUED -> {
                    challenge.writeReport(entry.executiveSummary(), entry.themeFeedback());
                    challenge.issueReport(entry.reportIssuedOn());
                }
                case PUBLISHED -> publish(challenge, entry, PublicationKind.FEEDBACK_REPORT);
                // Demo data records what happened: its dates were confirmed at the time.
                case PROGRESS_REVIEW_SCHEDULED ->
                    challenge.scheduleProgressReview(
                            entry.progressReviewPlanned(), UnusualDates.confirmedOn(entry.progressReviewPlanned()));
                case PROGRESS_REVIEW_HELD ->
                    challenge.recordProgressReview(
                            entry.progressReviewHeld(),
                            entry.progressReviewAttendees(),
                            entry.progressReviewSummary(),
                            java.util.Map.of());
                case PROGRESS_REVIEW_PUBLISHED -> publish(challenge, entry, PublicationKind.PROGRESS_REVIEW_REPORT);
                default -> challenge.move(ChallengeStatus.valueOf(step));
            }
        }
        if (challenge.status().reportIssued()) {
            publish(challenge, entry, PublicationKind.ACTION_PLAN);
        }
        return challenge;
    }

    /** The seeds' peers fill the directory: each person once (by sign-in name, else name and organisation). */
    private Peer directoryEntryOf(DemoData.TeamEntry m) {
        Optional<Peer> known = m.username() == null
                ? peers.findAll().stream()
                        .filter(p ->
                                p.name().equals(m.name()) && p.organisation().equals(m.homeOrganisation()))
                        .findFirst()
                : peers.findByUsername(m.username());
        return known.orElseGet(() -> {
            Peer peer = Peer.enlist(
                    new Peer.Details(
                            m.name(),
                            PeerKind.fromTeamRole(TeamRole.valueOf(m.role())),
                            m.politicalGroup(),
                            m.homeOrganisation(),
                            null,
                            m.position(),
                            null,
                            m.username(),
                            List.of()),
                    "demo-data",
                    clock.instant());
            peers.add(peer);
            peers.flush();
            return peer;
        });
    }

    private void publish(PeerChallenge challenge, DemoData.ChallengeEntry entry, PublicationKind kind) {
        entry.publications().stream()
                .filter(p -> p.kind().equals(kind.name()))
                .findFirst()
                .ifPresent(p -> challenge.publish(
                        kind,
                        p.publishedOn(),
                        p.url(),
                        // Demo challenges are published as loaded, before the council could rate itself.
                        PublishedContent.of(challenge, kind, List.of()),
                        "demo-data",
                        clock.instant()));
    }

    private static DemoData read() {
        return DemoJson.read("/demo/demo-data.json", DemoData.class, "The demo data");
    }
}
