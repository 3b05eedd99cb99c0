package uk.gov.lga.hub.application.opendata;

import java.io.OutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.gov.lga.hub.application.challenge.PublicReports;
import uk.gov.lga.hub.domain.challenge.PublicationKind;

/**
 * Newly published reports as an Atom feed (RFC 4287), written with StAX so every name and address is escaped by
 * the XML writer. Ids are tag URIs (RFC 4151) that never change: the feed's, and one per publication.
 */
public final class ReportsFeed {

    public static final String MEDIA_TYPE = "application/atom+xml";
    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final String FEED_ID = "tag:local.gov.uk,2026:peer-challenge-hub:published-reports";
    public static final int MAX_ENTRIES = 100;
    /** The feed's "updated" when nothing has been published yet: a fixed instant, so the feed stays the same. */
    private static final LocalDate NOTHING_YET = LocalDate.of(2026, 1, 1);

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);

    private ReportsFeed() {}

    public static String entryId(long publicationId) {
        return "tag:local.gov.uk,2026:peer-challenge-hub:publication:" + publicationId;
    }

    /**
     * @param reports published reports, newest first (at most {@link #MAX_ENTRIES} are written)
     * @param site the public site's root (ending in "/"), against which the report pages are linked
     * @param self the feed's own address
     */
    public static void write(List<PublicReports.Listing> reports, URI site, URI self, OutputStream out) {
        List<PublicReports.Listing> entries = reports.stream()
                .sorted(Comparator.comparing(PublicReports.Listing::publishedOn)
                        .thenComparing(PublicReports.Listing::id)
                        .reversed())
                .limit(MAX_ENTRIES)
                .toList();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", FEED_ID);
            text(xml, "title", "Corporate Peer Challenge reports published");
            text(xml, "subtitle", "Feedback and progress review reports as they are published, newest first");
            text(
                    xml,
                    "updated",
                    timestamp(entries.stream()
                            .map(PublicReports.Listing::publishedOn)
                            .max(LocalDate::compareTo)
                            .orElse(NOTHING_YET)));
            link(xml, "self", MEDIA_TYPE, self.toString());
            link(xml, "alternate", "text/html", site.toString());
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", "Local Government Association");
            xml.writeEndElement();
            text(xml, "rights", "Open Government Licence v3.0");
            for (PublicReports.Listing r : entries) {
                entry(xml, r, site);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The reports feed could not be written", e);
        }
    }

    private static void entry(XMLStreamWriter xml, PublicReports.Listing r, URI site) throws XMLStreamException {
        String kind = r.kind() == PublicationKind.PROGRESS_REVIEW_REPORT ? "Progress review report" : "Feedback report";
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", entryId(r.id()));
        text(xml, "title", r.councilName() + ": " + kind.toLowerCase(Locale.UK));
        text(xml, "published", timestamp(r.publishedOn()));
        text(xml, "updated", timestamp(r.publishedOn()));
        link(
                xml,
                "alternate",
                "text/html",
                site.resolve("report.xhtml?id=" + r.id()).toString());
        if (r.publicUrl() != null
                && (r.publicUrl().startsWith("https://") || r.publicUrl().startsWith("http://"))) {
            link(xml, "related", null, r.publicUrl());
        }
        xml.writeStartElement(ATOM, "category");
        xml.writeAttribute("term", r.kind().name());
        xml.writeAttribute("label", kind);
        xml.writeEndElement();
        text(
                xml,
                "summary",
                kind + " of " + r.councilName() + "'s corporate peer challenge, published "
                        + DAY.format(r.publishedOn()) + ".");
        xml.writeEndElement();
    }

    private static String timestamp(LocalDate day) {
        return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("href", href);
    }
}
