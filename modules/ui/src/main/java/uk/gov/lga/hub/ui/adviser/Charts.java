package uk.gov.lga.hub.ui.adviser;

import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn on the server as SVG: no script, readable without colour, each with a title and a text
 * description (the table beside it carries every number too).
 */
public final class Charts {

    /** One bar: its label, its value (0..1 for shares) and the text shown at its end. */
    public record Bar(String label, double value, String text) {}

    /** One point of a trend: its label (e.g. "Jan 2025") and value. */
    public record Point(String label, int value) {}

    private static final int WIDTH = 640;
    private static final int LABEL = 220;
    private static final int ROW = 26;

    private Charts() {}

    /** Horizontal bars, longest possible = {@code max}. */
    public static String bars(String id, String title, String description, List<Bar> bars, double max) {
        int height = Math.max(1, bars.size()) * ROW + 10;
        StringBuilder svg = open(id, title, description, height);
        int y = 5;
        for (Bar bar : bars) {
            double length = max <= 0 ? 0 : (WIDTH - LABEL - 80) * Math.min(1, bar.value() / max);
            svg.append(String.format(
                    Locale.UK,
                    "<text x=\"%d\" y=\"%d\" class=\"hub-chart__label\" text-anchor=\"end\">%s</text>",
                    LABEL - 8,
                    y + 17,
                    escape(bar.label())));
            svg.append(String.format(
                    Locale.UK,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" class=\"hub-chart__bar\"/>",
                    LABEL,
                    y + 4,
                    length));
            svg.append(String.format(
                    Locale.UK,
                    "<text x=\"%.1f\" y=\"%d\" class=\"hub-chart__value\">%s</text>",
                    LABEL + length + 6,
                    y + 17,
                    escape(bar.text())));
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** Columns over time, with the first, middle and last labels on the axis. */
    public static String trend(String id, String title, String description, List<Point> points) {
        int height = 180;
        StringBuilder svg = open(id, title, description, height);
        int max = points.stream().mapToInt(Point::value).max().orElse(0);
        double step = points.isEmpty() ? 0 : (double) (WIDTH - 60) / points.size();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double h = max == 0 ? 0 : 130.0 * p.value() / max;
            double x = 40 + i * step;
            svg.append(String.format(
                    Locale.UK,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"hub-chart__bar\"/>",
                    x,
                    145 - h,
                    Math.max(1, step - 3),
                    h));
            if (i == 0 || i == points.size() - 1 || i == points.size() / 2) {
                svg.append(String.format(
                        Locale.UK,
                        "<text x=\"%.1f\" y=\"165\" class=\"hub-chart__label\">%s</text>",
                        x,
                        escape(p.label())));
            }
        }
        svg.append(String.format(Locale.UK, "<text x=\"0\" y=\"20\" class=\"hub-chart__label\">%d</text>", max));
        svg.append("<line x1=\"38\" y1=\"145\" x2=\"")
                .append(WIDTH - 20)
                .append("\" y2=\"145\" class=\"hub-chart__axis\"/>");
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        return new StringBuilder(String.format(
                Locale.UK,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hub-chart\""
                        + " viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\">"
                        + "<title id=\"%s-title\">%s</title><desc id=\"%s-desc\">%s</desc>",
                WIDTH,
                height,
                id,
                id,
                id,
                escape(title),
                id,
                escape(description)));
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
