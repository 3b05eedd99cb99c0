package uk.gov.lga.hub.importer.text;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;

/** The document's styles by id (w:styles): a paragraph's style gives its heading level and may number it. */
final class WordStyles {

    /** How far base styles are followed: Word's chains are short, and a loop must end. */
    static final int MAX_BASES = 10;

    static final WordStyles NONE = new WordStyles(null);

    private final Map<String, Element> byId = new HashMap<>();

    WordStyles(Element styles) {
        if (styles != null) {
            for (Element style : WordXml.children(styles, "style")) {
                String id = WordXml.attribute(style, "styleId");
                if (id != null) {
                    byId.putIfAbsent(id, style);
                }
            }
        }
    }

    /** The w:style with this id, or null. */
    Element style(String styleId) {
        return styleId == null ? null : byId.get(styleId);
    }

    static String name(Element style) {
        return WordXml.val(style, "name");
    }

    static String basedOn(Element style) {
        return WordXml.val(style, "basedOn");
    }
}
