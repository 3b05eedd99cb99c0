package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.importer.report.ReportDraft;
import uk.gov.lga.hub.importer.report.ReportParser;
import uk.gov.lga.hub.importer.response.ResponseTableParser;

/**
 * Issue 15's score: every report of the corpus (src/test/resources/corpus, written for this test in the layouts
 * councils publish) read as its text export and as a .docx built from it, against its truth.json; and the
 * documents that are not reports refused. Prints the figures, and fails below the issue's targets.
 */
class CorpusScoreTest {

    private static final double RECOMMENDATIONS = 0.95;
    private static final double TEXT_EXACT = 0.9;
    private static final double PEERS = 0.9;
    private static final int FEWEST_REPORTS = 15;

    @Test
    void theCorpusIsReadAtTheIssuesTargetsAndNonReportsAreRefused() throws Exception {
        List<CorpusDocument> corpus = CorpusDocument.all();
        assertTrue(corpus.size() >= FEWEST_REPORTS, "corpus has " + corpus.size() + " reports");
        List<String> register = CorpusDocument.register(corpus);
        CorpusScore withRegister = new CorpusScore("with the council register");
        CorpusScore withoutRegister = new CorpusScore("without a register");
        for (CorpusDocument document : corpus) {
            byte[] docx = document.docx();
            for (boolean word : new boolean[] {false, true}) {
                long start = System.nanoTime();
                ReportDraft draft = read(document, word ? docx : null, register);
                withRegister.add(document, word, draft, System.nanoTime() - start);
                start = System.nanoTime();
                draft = read(document, word ? docx : null, null);
                withoutRegister.add(document, word, draft, System.nanoTime() - start);
                refusedAsResponseTable(document, word, withRegister);
            }
        }
        nonReports(withRegister, register);
        withRegister.print();
        withoutRegister.print();

        assertEquals(corpus.size() * 2, withRegister.documents(), "every report read twice, as text and as Word");
        assertTrue(withRegister.recommendationPrecision() >= RECOMMENDATIONS, withRegister.failures());
        assertTrue(withRegister.recommendationRecall() >= RECOMMENDATIONS, withRegister.failures());
        assertTrue(withRegister.textExact() >= TEXT_EXACT, withRegister.failures());
        int[] titleOnly = withRegister.titleOnlySaidMissing();
        assertTrue(titleOnly[1] > 0, "the corpus has title-only recommendations");
        assertEquals(titleOnly[1], titleOnly[0], "each title-only recommendation's doubt says its text is missing");
        assertTrue(withRegister.peerPrecision() >= PEERS, withRegister.failures());
        assertTrue(withRegister.peerRecall() >= PEERS, withRegister.failures());
        assertEquals(0, withRegister.councilSilentlyWrong(), withRegister.failures());
        assertEquals(0, withoutRegister.councilSilentlyWrong(), withoutRegister.failures());
        assertEquals(withRegister.documents(), withRegister.datesExact(), withRegister.failures());
        assertEquals(withRegister.documents(), withRegister.summariesExact(), withRegister.failures());
        assertTrue(withRegister.nonReports() >= 20, "non-reports tried: " + withRegister.nonReports());
        assertEquals(0, withRegister.nonReportsAccepted(), withRegister.failures());
        // Speed is printed, not asserted: timings belong to benchmarks, and CI machines are noisy.
        System.out.println("[corpus] median " + withRegister.medianMillis() + " ms a document");
    }

    /** The text export, or the .docx if given. */
    private static ReportDraft read(CorpusDocument document, byte[] docx, List<String> register) {
        try {
            return docx != null
                    ? ReportParser.parseDocx(new ByteArrayInputStream(docx), register)
                    : ReportParser.parseText(document.text(), register);
        } catch (NotAReport refused) {
            return null;
        }
    }

    private static void refusedAsResponseTable(CorpusDocument document, boolean word, CorpusScore score)
            throws IOException {
        boolean accepted;
        try {
            if (word) {
                ResponseTableParser.parseDocx(new ByteArrayInputStream(document.docx()));
            } else {
                ResponseTableParser.parseText(document.text());
            }
            accepted = true;
        } catch (NotAReport refused) {
            accepted = false;
        }
        score.nonReport(document.name() + (word ? ".docx" : ".txt") + " as a response table", accepted);
    }

    /** Java sources of this module, response tables, a press release and word salad: none is a report. */
    private static void nonReports(CorpusScore score, List<String> register) throws IOException, URISyntaxException {
        List<String[]> texts = new ArrayList<>();
        for (String dir : new String[] {"src/main/java", "src/test/java"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    texts.add(new String[] {file.getFileName().toString(), Files.readString(file)});
                }
            }
        }
        for (Map.Entry<String, String> other : CorpusDocument.notReports().entrySet()) {
            texts.add(new String[] {other.getKey(), other.getValue()});
        }
        texts.add(new String[] {"appendix-b-2024.txt (seed)", SeedImportTest.seed("appendix-b-2024.txt")});
        texts.add(new String[] {"word salad", WordSalad.words(CorpusDocument.all(), 400_000)});
        texts.add(new String[] {"sentence salad", WordSalad.sentences(CorpusDocument.all(), 2_000)});
        for (String[] text : texts) {
            boolean accepted;
            try {
                ReportParser.parseText(text[1], register);
                accepted = true;
            } catch (NotAReport refused) {
                accepted = false;
            }
            score.nonReport(text[0], accepted);
        }
        byte[] table = CorpusDocx.of(CorpusDocument.notReports().get("response-table.txt"));
        try {
            ReportParser.parseDocx(new ByteArrayInputStream(table), register);
            score.nonReport("response-table.docx", true);
        } catch (NotAReport refused) {
            score.nonReport("response-table.docx", false);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
