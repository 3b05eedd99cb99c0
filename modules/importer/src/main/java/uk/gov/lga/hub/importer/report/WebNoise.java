package uk.gov.lga.hub.importer.report;

import java.util.Locale;
import java.util.Set;

/**
 * What a report copied from a web page carries besides the report: navigation, breadcrumbs, the cookie banner,
 * "share this page" links, and images' alternative text ("Image: …"), which would otherwise open the summary.
 */
final class WebNoise {

    private static final Set<String> WHOLE_LINES = Set.of(
            "skip to main content",
            "skip to content",
            "cookies on this website",
            "cookies on this site",
            "accept all cookies",
            "accept additional cookies",
            "reject additional cookies",
            "reject all cookies",
            "cookie settings",
            "change cookie settings",
            "hide this message",
            "share this page",
            "share this",
            "share",
            "print this page",
            "print",
            "back to top",
            "home",
            "menu",
            "search",
            "facebook",
            "twitter",
            "x",
            "linkedin",
            "email",
            "whatsapp",
            "was this page useful?",
            "is this page useful?",
            "yes",
            "no",
            "contact us",
            "accessibility statement",
            "accessibility",
            "cookies",
            "privacy notice",
            "privacy policy",
            "sign in",
            "log in",
            "main navigation",
            "breadcrumb",
            "you are here:",
            "download",
            "related content");
    private static final String[] PREFIXES = {
        "image:", "image of ", "photo:", "photo of ", "photograph:", "photograph of ", "picture of ", "[image",
        "alt text:", "alt:", "share on ", "share via ", "home >", "home ›", "home /", "you are here"
    };
    private static final int LONGEST_BANNER = 400;

    private WebNoise() {}

    static boolean isNoise(String line) {
        if (line.isEmpty() || line.length() > LONGEST_BANNER) {
            return false;
        }
        String lower = line.toLowerCase(Locale.UK).strip();
        if (WHOLE_LINES.contains(lower)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return lower.contains("cookies")
                && (lower.contains("we use") || lower.contains("we'd like") || lower.contains("we would like"));
    }
}
