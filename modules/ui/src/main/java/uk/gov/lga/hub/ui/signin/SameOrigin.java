package uk.gov.lga.hub.ui.signin;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request came from one of this service's own pages, by the headers browsers set and pages cannot:
 * {@code Sec-Fetch-Site}, else {@code Origin}.
 */
final class SameOrigin {

    private SameOrigin() {}

    /** Positive proof: the browser says the request came from our own origin. */
    static boolean proven(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return "same-origin".equals(site);
        }
        String origin = request.getHeader("Origin");
        return origin != null && origin.equals(originOf(request));
    }

    /** The browser says another site sent it (a request with neither header, from a tool, is not cross-site). */
    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !"same-origin".equals(site) && !"none".equals(site);
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equals(originOf(request));
    }

    private static String originOf(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }
}
