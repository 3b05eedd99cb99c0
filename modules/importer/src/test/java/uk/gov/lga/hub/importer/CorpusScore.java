package uk.gov.lga.hub.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import uk.gov.lga.hub.importer.report.ReportDraft;

/** The figures of one run over the corpus, and what went wrong where, so a failing score says why. */
final class CorpusScore {

    private final String name;
    private final List<String> failures = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();
    private int documents;
    private int recsFound;
    private int recsExpected;
    private int recsMatched;
    private int textsExact;
    private int peersFound;
    private int peersExpected;
    private int peersMatched;
    private int councilRight;
    private int councilDoubted;
    private int councilSilentlyWrong;
    private int datesExact;
    private int summariesExact;
    private int untitledDoubted;
    private int untitled;
    private int titleOnly;
    private int titleOnlySaidMissing;
    private int nonReports;
    private int nonReportsAccepted;
    private int mostDoubts;

    CorpusScore(String name) {
        this.name = name;
    }

    void add(CorpusDocument document, boolean word, ReportDraft draft, long took) {
        nanos.add(took);
        String where = document.name() + (word ? ".docx" : ".txt");
        documents++;
        recsExpected += document.recommendations().size();
        peersExpected += document.peers().size();
        if (draft == null) {
            failures.add(where + ": refused as not a report");
            councilSilentlyWrong++;
            return;
        }
        mostDoubts = Math.max(mostDoubts, draft.doubts().size());
        recommendations(document, draft, where);
        peers(document, draft, where);
        council(document, draft, where);
        if (Objects.equals(document.date("onSiteStart"), draft.onSiteStart())
                && Objects.equals(document.date("onSiteEnd"), draft.onSiteEnd())) {
            datesExact++;
        } else {
            failures.add(where + ": dates " + draft.onSiteStart() + " – " + draft.onSiteEnd());
        }
        String summary = draft.executiveSummary() == null ? "" : draft.executiveSummary();
        if (summary.startsWith(document.string("summaryFirst")) && summary.endsWith(document.string("summaryLast"))) {
            summariesExact++;
        } else {
            failures.add(where + ": summary [" + head(summary) + " … " + tail(summary) + "]");
        }
    }

    private void recommendations(CorpusDocument document, ReportDraft draft, String where) {
        recsFound += draft.recommendations().size();
        for (List<String> truth : document.recommendations()) {
            String number = truth.get(0).replaceAll("\\.$", "");
            ReportDraft.RecommendationDraft found = draft.recommendations().stream()
                    .filter(r -> r.number().equals(number))
                    .findFirst()
                    .orElse(null);
            boolean titled = !truth.get(1).isEmpty();
            if (found == null || titled && !truth.get(1).equals(found.title())) {
                failures.add(where + ": recommendation " + number + " expected [" + truth.get(1) + "] found "
                        + (found == null ? "none" : "[" + found.title() + "]"));
                continue;
            }
            recsMatched++;
            if (truth.get(2).equals(Objects.requireNonNullElse(found.text(), ""))) {
                textsExact++;
            } else {
                failures.add(where + ": text of " + number + " [" + found.text() + "]");
            }
            if (truth.get(2).isEmpty()) {
                titleOnly++;
                titleOnlySaidMissing += draft.doubts().stream()
                                .anyMatch(d -> d.field().equals("recommendation " + number)
                                        && d.reason().contains("text is missing"))
                        ? 1
                        : 0;
            }
            if (!titled) {
                untitled++;
                untitledDoubted +=
                        draft.doubts().stream().anyMatch(d -> d.field().equals("recommendation " + number)) ? 1 : 0;
            }
        }
        if (draft.recommendations().size() > document.recommendations().size()) {
            failures.add(where + ": " + draft.recommendations().size() + " recommendations found: "
                    + draft.recommendations().stream()
                            .map(r -> r.number() + " " + r.title())
                            .toList());
        }
    }

    private void peers(CorpusDocument document, ReportDraft draft, String where) {
        Set<List<String>> found = new HashSet<>();
        draft.peers()
                .forEach(p -> found.add(List.of(p.name(), p.role(), Objects.requireNonNullElse(p.organisation(), ""))));
        peersFound += found.size();
        for (List<String> truth : document.peers()) {
            if (found.contains(truth)) {
                peersMatched++;
            } else {
                failures.add(where + ": peer " + truth + " not in " + found);
            }
        }
    }

    private void council(CorpusDocument document, ReportDraft draft, String where) {
        boolean doubted = draft.doubts().stream().anyMatch(d -> d.field().equals("council"));
        if (document.council().equals(draft.councilName())) {
            councilRight++;
        } else if (doubted) {
            councilDoubted++;
        } else {
            councilSilentlyWrong++;
            failures.add(where + ": council silently wrong: " + draft.councilName());
        }
    }

    void nonReport(String what, boolean accepted) {
        nonReports++;
        if (accepted) {
            nonReportsAccepted++;
            failures.add(what + ": accepted, though it is no report");
        }
    }

    void print() {
        System.out.printf(Locale.ROOT, "%nCorpus score, %s: %d readings (text and Word)%n", name, documents);
        System.out.printf(
                Locale.ROOT,
                "  recommendations  P %.3f  R %.3f  text exact %.3f  (%d found, %d expected,"
                        + " %d right; untitled with a doubt %d/%d)%n",
                recommendationPrecision(),
                recommendationRecall(),
                textExact(),
                recsFound,
                recsExpected,
                recsMatched,
                untitledDoubted,
                untitled);
        System.out.printf(
                Locale.ROOT,
                "  title-only recommendations whose doubt says the text is missing %d/%d%n",
                titleOnlySaidMissing,
                titleOnly);
        System.out.printf(
                Locale.ROOT,
                "  peers            P %.3f  R %.3f  (%d found, %d expected, %d right)%n",
                peerPrecision(),
                peerRecall(),
                peersFound,
                peersExpected,
                peersMatched);
        System.out.printf(
                Locale.ROOT,
                "  council          right %d, wrong but doubted %d, silently wrong %d%n",
                councilRight,
                councilDoubted,
                councilSilentlyWrong);
        System.out.printf(
                Locale.ROOT,
                "  dates exact %d/%d   summary extent exact %d/%d   most doubts %d%n",
                datesExact,
                documents,
                summariesExact,
                documents,
                mostDoubts);
        if (nonReports > 0) {
            System.out.printf(
                    Locale.ROOT, "  non-reports refused %d/%d%n", nonReports - nonReportsAccepted, nonReports);
        }
        System.out.printf(
                Locale.ROOT,
                "  median %.1f ms a reading, slowest %.1f ms%n",
                medianMillis(),
                nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        failures.forEach(f -> System.out.println("    - " + f));
    }

    String failures() {
        return name + ": " + String.join("\n", failures);
    }

    /** Title-only recommendations whose doubt says their text is missing, and how many there are. */
    int[] titleOnlySaidMissing() {
        return new int[] {titleOnlySaidMissing, titleOnly};
    }

    double medianMillis() {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
    }

    int documents() {
        return documents;
    }

    double recommendationPrecision() {
        return recsFound == 0 ? 0 : (double) recsMatched / recsFound;
    }

    double recommendationRecall() {
        return (double) recsMatched / recsExpected;
    }

    double textExact() {
        return recsMatched == 0 ? 0 : (double) textsExact / recsMatched;
    }

    double peerPrecision() {
        return peersFound == 0 ? 0 : (double) peersMatched / peersFound;
    }

    double peerRecall() {
        return (double) peersMatched / peersExpected;
    }

    int councilSilentlyWrong() {
        return councilSilentlyWrong;
    }

    int datesExact() {
        return datesExact;
    }

    int summariesExact() {
        return summariesExact;
    }

    int nonReports() {
        return nonReports;
    }

    int nonReportsAccepted() {
        return nonReportsAccepted;
    }

    private static String head(String text) {
        return text.substring(0, Math.min(60, text.length()));
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 60));
    }
}
