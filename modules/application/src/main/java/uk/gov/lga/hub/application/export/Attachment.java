package uk.gov.lga.hub.application.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How every download leaves the service, API or UI: as an attachment under its own name (RFC 6266, UTF-8), never
 * sniffed by the browser, so an uploaded file can never run as a page of the service.
 */
public final class Attachment {

    public static final String NO_SNIFF_HEADER = "X-Content-Type-Options";
    public static final String NO_SNIFF = "nosniff";

    private Attachment() {}

    public static String disposition(String fileName) {
        return "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
