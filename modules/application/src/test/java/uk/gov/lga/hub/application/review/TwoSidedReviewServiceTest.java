package uk.gov.lga.hub.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Rag;

class TwoSidedReviewServiceTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final TwoSidedReviewService service = demo.hub.service(TwoSidedReviewService.class);
    private final KeyRecommendation cityCentre = demo.coventryRecommendation(0);
    private final long challenge = demo.coventryChallenge.id();

    private TwoSidedReview rate(Rag rag, String narrative, Long version) {
        return service.assess(
                COVENTRY_EDITOR, challenge, cityCentre.id(), new SelfAssessmentCommand(rag, narrative, version));
    }

    @Test
    void anEditorRecordsTheCouncilsOwnRatingInItsScopeWithOneAuditEntry() {
        TwoSidedReview review = rate(Rag.GREEN, "The vision is adopted.", null);

        TwoSidedReview.RecommendationSides line = review.recommendations().get(0);
        assertEquals(Rag.GREEN, line.councilRag());
        assertEquals(1L, line.version());
        assertNull(line.peersRag());
        assertNull(line.gap(), "the peers have not rated it yet");
        assertEquals(List.of(Demo.COVENTRY), demo.hub.scope.councilsEntered());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "coventry-editor", "self-assessment.recorded");
        assertTrue(entry.subject().endsWith("(challenge " + challenge + ")"), entry.subject());
        assertTrue(entry.after().contains("GREEN") && entry.after().contains("The vision is adopted."));
    }

    @Test
    void aRevisionQuotingAnOldVersionIsRefusedWithTheCurrentReview() {
        rate(Rag.GREEN, "Ours.", null);
        TwoSidedReview current = expect.refusedAsStale(TwoSidedReview.class, () -> rate(Rag.RED, "Mine.", 7L));
        assertEquals(Rag.GREEN, current.recommendations().get(0).councilRag());
    }

    @Test
    void anotherCouncilIsToldThereIsNothingThereAndReadersMayNotRate() {
        rate(Rag.GREEN, "Ours.", null);
        expect.refusedAsNotVisible(() -> service.review(GATESHEAD_EDITOR, challenge));
        expect.refusedAsNotVisible(() -> service.assess(
                GATESHEAD_EDITOR, challenge, cityCentre.id(), new SelfAssessmentCommand(Rag.RED, "x", 1L)));
        expect.refusedAsNotVisible(() -> service.review(NORTH_EAST_ADVISER, challenge));
        for (var reader : List.of(COVENTRY_VIEWER, WEST_MIDLANDS_ADVISER, MANAGER)) {
            assertEquals(
                    Rag.GREEN,
                    service.review(reader, challenge).recommendations().get(0).councilRag());
            expect.refusedAsDenied(() ->
                    service.assess(reader, challenge, cityCentre.id(), new SelfAssessmentCommand(Rag.RED, "x", 1L)));
        }
    }

    @Test
    void aRecommendationOfAnotherChallengeIsNotFoundHere() {
        expect.refusedAsNotFound(() -> service.assess(
                COVENTRY_EDITOR,
                challenge,
                demo.gatesheadRecommendation(0).id(),
                new SelfAssessmentCommand(Rag.GREEN, "x", null)));
        expect.nothingAudited();
    }

    @Test
    void aRefusedRatingWritesNothing() {
        DomainRuleViolation refused =
                assertThrows(DomainRuleViolation.class, () -> rate(Rag.GREEN, "x".repeat(1001), null));
        assertEquals("self-assessment-narrative-too-long", refused.rule());
        expect.nothingAudited();
    }
}
