package uk.gov.lga.hub.application.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts, from table titles: none of []*?/\: (replaced by a space), at most 31 characters, no
 * apostrophe first or last (as POI's WorkbookUtil.createSafeSheetName), and each different from the others,
 * ignoring case as Excel does ("Actions", "Actions (2)").
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    String next(String title) {
        String safe = safe(title);
        String name = safe;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = XmlText.allowedOnly(safe.substring(0, Math.min(safe.length(), MAX_LENGTH - suffix.length())))
                    + suffix; // cut between a surrogate pair, the half left is dropped
        }
        return name;
    }

    static String safe(String title) {
        if (title == null) {
            return "null";
        }
        String allowed = XmlText.allowedOnly(title);
        if (allowed.isEmpty()) {
            return "empty";
        }
        StringBuilder name = new StringBuilder(allowed.substring(0, Math.min(MAX_LENGTH, allowed.length())));
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean forbidden = "[]*?/\\:".indexOf(c) >= 0 || c == '\u0000' || c == '\u0003';
            boolean apostropheAtAnEnd = c == '\'' && (i == 0 || i == name.length() - 1);
            if (forbidden || apostropheAtAnEnd) {
                name.setCharAt(i, ' ');
            }
        }
        return XmlText.allowedOnly(name.toString()); // cut between a surrogate pair, the half left is dropped
    }
}
