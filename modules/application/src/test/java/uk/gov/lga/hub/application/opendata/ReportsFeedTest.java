package uk.gov.lga.hub.application.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.gov.lga.hub.application.challenge.PublicReports;
import uk.gov.lga.hub.domain.challenge.PublicationKind;

class ReportsFeedTest {

    private static Document feed(List<PublicReports.Listing> reports) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportsFeed.write(
                reports,
                URI.create("https://hub.example/"),
                URI.create("https://hub.example/api/v1/public/reports.atom"),
                out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String child(Element parent, String name) {
        return parent.getElementsByTagNameNS(ReportsFeed.ATOM, name).item(0).getTextContent();
    }

    @Test
    void anAtomFeedWithEntriesNewestFirstEachWithAStableIdAndTheReportsPage() throws Exception {
        Document doc = feed(List.of(
                new PublicReports.Listing(
                        1L, "E1", "Older & Co", PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 1, 2), "x"),
                new PublicReports.Listing(
                        2L,
                        "E2",
                        "<Newer> Council",
                        PublicationKind.PROGRESS_REVIEW_REPORT,
                        LocalDate.of(2025, 2, 26),
                        "https://example.org/a?b=1&c=2")));
        Element feed = doc.getDocumentElement();
        assertEquals(ReportsFeed.ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals(ReportsFeed.FEED_ID, child(feed, "id"));
        assertEquals("2025-02-26T00:00:00Z", child(feed, "updated"));
        var entries = feed.getElementsByTagNameNS(ReportsFeed.ATOM, "entry");
        assertEquals(2, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals(ReportsFeed.entryId(2), child(first, "id"));
        assertEquals("<Newer> Council: progress review report", child(first, "title"));
        Element alternate =
                (Element) first.getElementsByTagNameNS(ReportsFeed.ATOM, "link").item(0);
        assertEquals("https://hub.example/report.xhtml?id=2", alternate.getAttribute("href"));
        Element related =
                (Element) first.getElementsByTagNameNS(ReportsFeed.ATOM, "link").item(1);
        assertEquals("https://example.org/a?b=1&c=2", related.getAttribute("href"));
        assertEquals("Older & Co: feedback report", child((Element) entries.item(1), "title"));
    }

    @Test
    void anEmptyFeedIsStillAValidFeedWithAFixedUpdatedTime() throws Exception {
        Element feed = feed(List.of()).getDocumentElement();
        assertEquals("2026-01-01T00:00:00Z", child(feed, "updated"));
        assertEquals(0, feed.getElementsByTagNameNS(ReportsFeed.ATOM, "entry").getLength());
    }
}
