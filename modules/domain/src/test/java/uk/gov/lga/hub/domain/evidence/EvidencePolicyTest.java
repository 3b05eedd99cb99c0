package uk.gov.lga.hub.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class EvidencePolicyTest {

    private final EvidencePolicy policy = new EvidencePolicy(1024);
    private final byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void acceptsAPdfAndKeepsItsHashSizeAndTypeFromItsContent() {
        AcceptedFile file = policy.accept("C:\\Users\\me\\Action plan.pdf", pdf);
        assertEquals("Action plan.pdf", file.fileName());
        assertEquals("application/pdf", file.contentType());
        assertEquals(pdf.length, file.sizeBytes());
        assertEquals(64, file.sha256().length());
        assertEquals(EvidencePolicy.sha256(pdf), file.sha256());
    }

    @Test
    void refusesATypeNotOnTheList() {
        DomainRuleViolation refused =
                assertThrows(DomainRuleViolation.class, () -> policy.accept("run-me.exe", new byte[] {'M', 'Z', 0}));
        assertEquals("evidence-type-refused", refused.rule());
        assertTrue(refused.getMessage().contains("PDF, Word (.docx)"), refused.getMessage());
    }

    @Test
    void refusesAFileWhoseContentIsNotWhatItsNameSays() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> policy.accept("minutes.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("evidence-content-mismatch", refused.rule());
        assertEquals(
                "evidence-content-mismatch",
                assertThrows(DomainRuleViolation.class, () -> policy.accept("notes.txt", new byte[] {1, 0, 2}))
                        .rule(),
                "a binary is not text");
    }

    @Test
    void refusesAnEmptyFileAndOneWithoutAName() {
        assertEquals(
                "evidence-empty",
                assertThrows(DomainRuleViolation.class, () -> policy.accept("a.pdf", new byte[0]))
                        .rule());
        assertEquals(
                "evidence-file-name-required",
                assertThrows(DomainRuleViolation.class, () -> policy.accept("", pdf))
                        .rule());
    }

    @Test
    void stopsReadingOneBytePastTheLimit() throws Exception {
        FileTooLarge refused =
                assertThrows(FileTooLarge.class, () -> policy.read(new ByteArrayInputStream(new byte[1025])));
        assertEquals("evidence-too-large", refused.rule());
        assertTrue(refused.getMessage().contains("1024 bytes"), refused.getMessage());
        assertEquals(1024, policy.read(new ByteArrayInputStream(new byte[1024])).length, "the limit itself is fine");
        assertTrue(
                new FileTooLarge(EvidencePolicy.DEFAULT_MAX_BYTES).getMessage().contains("10 MB"));
    }

    @Test
    void aWordDocumentIsAZipAndATextFileIsUtf8() {
        assertEquals(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                policy.accept("plan.docx", new byte[] {'P', 'K', 3, 4, 20, 0}).contentType());
        assertEquals(
                "text/csv",
                policy.accept("actions.csv", "a,b\n£1,2\n".getBytes(StandardCharsets.UTF_8))
                        .contentType());
    }
}
