package uk.gov.lga.hub.importer.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** The document's styles by id (w:styles): a paragraph's style gives its heading level and may number it. */
final class WordStyles {

    /** How far base styles are followed: Word's chains are short, and a loop must end. */
    private static final int MAX_BASES = 10;

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

    /**
     * The style and the styles it is based on, nearest first, at most {@value #MAX_BASES}: how Word finds a
     * paragraph's properties. The last may be an id no style has.
     */
    List<String> withBases(String styleId) {
        List<String> ids = new ArrayList<>();
        for (String id = styleId; id != null && ids.size() < MAX_BASES; ) {
            ids.add(id);
            Element style = style(id);
            id = style == null ? null : basedOn(style);
        }
        return ids;
    }

    static String name(Element style) {
        return WordXml.val(style, "name");
    }

    private static String basedOn(Element style) {
        return WordXml.val(style, "basedOn");
    }
}
