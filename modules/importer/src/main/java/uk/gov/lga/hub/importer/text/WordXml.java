package uk.gov.lga.hub.importer.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** WordprocessingML's namespace and the few ways the reader looks at its elements. */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordXml() {}

    /** Whether {@code node} is the Word element {@code name} (any prefix: only the namespace counts). */
    static boolean is(Node node, String name) {
        return node instanceof Element && W.equals(node.getNamespaceURI()) && name.equals(node.getLocalName());
    }

    /** The child elements, in order: text and comments between them are not content. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> named = new ArrayList<>();
        for (Element child : children(parent)) {
            if (is(child, name)) {
                named.add(child);
            }
        }
        return named;
    }

    /** The first child named {@code name}, or null; {@code parent} may be null. */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (is(child, name)) {
                return (Element) child;
            }
        }
        return null;
    }

    /** The w:val of the first child {@code name}, or null if either is missing. */
    static String val(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : attribute(child, "val");
    }

    /** A Word attribute (w:val, w:id…), or null when absent. */
    static String attribute(Element element, String name) {
        return element.hasAttributeNS(W, name) ? element.getAttributeNS(W, name) : null;
    }

    /** A w:val that is a number, or null when absent; a number that is not one makes the file unreadable. */
    static BigInteger number(Element parent, String name) {
        String val = val(parent, name);
        return val == null ? null : new BigInteger(val.strip());
    }

    /** An on/off property (w:caps, w:isLgl…): present and not switched off. */
    static boolean isOn(Element parent, String name) {
        Element child = child(parent, name);
        if (child == null) {
            return false;
        }
        String val = attribute(child, "val");
        return val == null || val.equals("true") || val.equals("1") || val.equals("on");
    }
}
