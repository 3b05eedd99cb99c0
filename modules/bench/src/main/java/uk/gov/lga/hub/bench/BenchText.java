package uk.gov.lga.hub.bench;

import java.util.List;
import java.util.Random;

/**
 * Realistic text for the national data set, built from the words of local-government peer challenges, so that a
 * search benchmark's two-word queries match as many (or as few) rows as real ones would. Never contains a tab, a
 * new line, a backslash or a double quote (it goes into COPY lines and JSON as it is).
 */
final class BenchText {

    static final List<String> SUBJECTS = List.of(
            "housing delivery",
            "financial resilience",
            "scrutiny arrangements",
            "member development",
            "workforce planning",
            "climate emergency",
            "economic regeneration",
            "adult social care",
            "children's services",
            "digital transformation",
            "town centre",
            "community engagement",
            "medium term financial strategy",
            "capital programme",
            "homelessness prevention",
            "waste collection",
            "leisure services",
            "public health",
            "transport infrastructure",
            "affordable homes",
            "organisational culture",
            "performance management",
            "risk management",
            "partnership working",
            "commercial income",
            "asset management",
            "equality and diversity",
            "customer services",
            "planning service",
            "skills and employment",
            "net zero",
            "inclusive growth",
            "governance framework",
            "decision making",
            "senior leadership",
            "corporate plan");
    static final List<String> VERBS = List.of(
            "strengthen",
            "review",
            "develop",
            "prioritise",
            "improve",
            "agree",
            "refresh",
            "embed",
            "invest in",
            "simplify",
            "align",
            "communicate",
            "accelerate",
            "monitor",
            "consolidate",
            "co-produce");
    static final List<String> CONNECTIVES = List.of(
            "with partners across the place",
            "to support the corporate plan",
            "within the next twelve months",
            "so that residents see the difference",
            "through the cabinet and overview and scrutiny committee",
            "with clear milestones and owners",
            "drawing on good practice from other councils",
            "to make savings sustainable",
            "alongside the voluntary and community sector",
            "as part of the budget process",
            "with a stronger focus on outcomes",
            "with staff and members");

    private BenchText() {}

    static String subject(Random random) {
        return SUBJECTS.get(random.nextInt(SUBJECTS.size()));
    }

    /** A recommendation's title: "Strengthen housing delivery". */
    static String title(Random random) {
        String verb = VERBS.get(random.nextInt(VERBS.size()));
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " " + subject(random);
    }

    /** Some sentences about the subjects of local government. */
    static String sentences(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            String sentence = "The council should " + VERBS.get(random.nextInt(VERBS.size())) + " its "
                    + subject(random) + " and " + subject(random) + " "
                    + CONNECTIVES.get(random.nextInt(CONNECTIVES.size())) + ".";
            text.append(sentence);
        }
        return text.toString();
    }

    /** JSON string content: the generator's text has nothing that needs escaping but apostrophes, which need none. */
    static String json(String text) {
        return "\"" + text + "\"";
    }
}
