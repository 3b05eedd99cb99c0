package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.lga.hub.importer.report.ReportParser;
import uk.gov.lga.hub.importer.response.ResponseTableParser;
import uk.gov.lga.hub.importer.text.Lines;

/**
 * Text crafted to make a backtracking cleaner or parser take quadratic time (or overflow its stack): every one is
 * read, as a report and as a response table, in time proportional to its length. A megabyte must take under two
 * seconds of processor time, and four times the text less than eight times as long.
 */
class HostileTextTest {

    private static final int MEGABYTE = 1 << 20;
    /** Processor time of the reading thread: the machine running the tests may be busy with other work. */
    private static final Duration BOUND = Duration.ofSeconds(2);
    /** Wall time after which a reading is stopped: the quadratic code this replaced took hours for a megabyte. */
    private static final Duration CEILING = Duration.ofSeconds(30);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Each a way to fill about {@code size} characters with text that defeats a naive pattern. */
    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                hostile("'<' without '>'", size -> "<".repeat(size)),
                hostile("tags never closed", size -> "<a".repeat(size / 2)),
                hostile("list items never closed", size -> "<li".repeat(size / 3)),
                hostile("paragraph breaks never closed", size -> "</p> <p".repeat(size / 7)),
                hostile("line breaks never closed", size -> "<br ".repeat(size / 4)),
                hostile("comments never closed", size -> "<!--".repeat(size / 4) + "\n-->"),
                hostile("bookmarks never closed", size -> "[bookmark: ".repeat(size / 11)),
                hostile("ampersands", size -> "&".repeat(size)),
                hostile("entities never finished", size -> "&#1".repeat(size / 3)),
                hostile("a line of tabs", size -> "\t".repeat(size)),
                hostile("a line of spaces", size -> " ".repeat(size)),
                hostile("a line of form feeds", size -> "x \f" + "\f".repeat(size) + "y"),
                hostile("deep numbering", size -> "1.".repeat(size / 2) + "1\tA heading"),
                hostile("deep numbering without a tab", size -> "1.".repeat(size / 2) + "1 Summary"),
                hostile("capitalised words never a council", size -> "Aa ".repeat(size / 3) + "Council"),
                hostile("hyphenated places never a council", size -> "Aa-upon-".repeat(size / 8) + "Aa Council"),
                hostile("'recommendations' and no colon", size -> "recommendations ".repeat(size / 16) + "x"),
                hostile("'on site at' and no full stop", size -> "onsite at A".repeat(size / 11)),
                hostile("'also asked' and no full stop", size -> "was also asked to consider ".repeat(size / 27)),
                hostile("dates that never finish", size -> "1 - 2 Jan ".repeat(size / 10)),
                hostile("numbers and spaces", size -> "1 ".repeat(size / 2) + "x"),
                hostile(
                        "a recommendation then stray lines",
                        size -> "Key recommendations\n1. A sentence.\n" + "x\n".repeat(size / 2) + "2. Another.\n"),
                hostile(
                        "a peer team of form feeds",
                        size -> "The peer team\n- Aa Bb - Cex (Lab" + "\f".repeat(size) + "x\n"),
                hostile(
                        "a peer role of chief executives on two lines",
                        size -> "The peer team\nAa Bb\tcex "
                                .concat("cex ".repeat(size / 4))
                                .concat("<br>x\tOrg\n")),
                hostile(
                        "a response row continued line by line",
                        size -> "1\tFinance\tDone\n" + "\tmore\tmore\n".repeat(size / 11)),
                hostile(
                        "response rows by the thousand",
                        size -> "1.1\tFinance and the budget\tDone\n".repeat(size / 32)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void aMegabyteOfHostileTextIsReadWithinTwoSecondsOfProcessorTime(String name, IntFunction<String> hostile) {
        String text = hostile.apply(MEGABYTE);
        assertTimeoutPreemptively(
                CEILING,
                () -> {
                    long nanos = processorTime(text);
                    assertTrue(nanos < BOUND.toNanos(), name + ": " + nanos / 1_000_000 + " ms for a megabyte");
                },
                name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void fourTimesTheHostileTextTakesLessThanEightTimesAsLong(String name, IntFunction<String> hostile) {
        String small = hostile.apply(128 * 1024);
        String large = hostile.apply(512 * 1024);
        assertTimeoutPreemptively(
                CEILING,
                () -> {
                    fastest(small); // warms the JIT up
                    long smallNanos = fastest(small);
                    long largeNanos = fastest(large);
                    // Five milliseconds of slack: a linear reading of 128 KB takes a few tens, and collections add
                    // noise.
                    assertTrue(
                            largeNanos < 8 * smallNanos + 5_000_000,
                            name + ": " + smallNanos / 1000 + " µs for 128 KB, " + largeNanos / 1000
                                    + " µs for 512 KB");
                },
                name);
    }

    @Test
    void allTheHostileTextsTogetherInAMegabyteAreReadWithinTwoSecondsOfProcessorTime() {
        StringBuilder all = new StringBuilder();
        hostileTexts()
                .forEach(args -> all.append(((IntFunction<?>) args.get()[1]).apply(MEGABYTE / 26))
                        .append('\n'));
        assertTimeoutPreemptively(CEILING, () -> assertTrue(processorTime(all.toString()) < BOUND.toNanos()));
    }

    private static Arguments hostile(String name, IntFunction<String> text) {
        return Arguments.of(name, text);
    }

    /** The least of seven readings, so that a collection of garbage does not count as the parser's time. */
    private static long fastest(String text) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 7; i++) {
            least = Math.min(least, processorTime(text));
        }
        return least;
    }

    private static long processorTime(String text) {
        long start = THREADS.getCurrentThreadCpuTime();
        readAsEverything(text);
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    /**
     * As a report (every line is read before a file is refused as no report), as a response table, and cleaned as
     * one table cell (a .docx cell is cleaned that way).
     */
    private static void readAsEverything(String text) {
        try {
            ReportParser.parseText(text + "\nThe peer challenge took place from 15 - 18 January 2024.");
        } catch (NotAReport refused) {
            // most of these are no report: refusing them is right, once they have been read
        }
        try {
            ResponseTableParser.parseText(text);
        } catch (NotAReport refused) {
            // refusing it is a fine answer; taking an hour is not
        }
        Lines.strip(text);
    }
}
