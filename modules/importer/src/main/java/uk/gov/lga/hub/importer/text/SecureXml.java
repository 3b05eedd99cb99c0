package uk.gov.lga.hub.importer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses one part of an uploaded file, which may have been built to attack the parser: no DOCTYPE at all (so no
 * entity expansion and no external entities), nothing fetched from anywhere, and elements at most
 * {@value #MAX_DEPTH} deep, so that walking the tree afterwards cannot overflow the stack. The JDK's own parser is
 * asked for by name: one found on the server's class path might not know these settings.
 */
final class SecureXml {

    /** Far deeper than Word nests (a table in a table in a table is about twenty); shallow enough to walk. */
    static final int MAX_DEPTH = 512;

    private static final ErrorHandler FAIL_QUIETLY = new ErrorHandler() {
        @Override
        public void warning(SAXParseException ignored) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SecureXml() {}

    static Document parse(byte[] xml) throws IOException, SAXException {
        DocumentBuilder builder;
        try {
            builder = factory().newDocumentBuilder();
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException("The JDK's XML parser refused its own settings", impossible);
        }
        builder.setErrorHandler(FAIL_QUIETLY); // the default prints "[Fatal Error]" on stderr
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setCoalescing(true); // CDATA read as the text it is, one text node as POI's XmlBeans keeps it
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
