package uk.gov.lga.hub.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Report-like text that is no report: the corpus' own words or sentences, shuffled (seeded, so repeatable). */
final class WordSalad {

    private WordSalad() {}

    /** About {@code characters} of the corpus' words in random order, in lines of 1 to 40 words. */
    static String words(List<CorpusDocument> corpus, int characters) {
        List<String> words = new ArrayList<>();
        corpus.forEach(document -> words.addAll(List.of(document.text().split("\\s+"))));
        Random random = new Random(15);
        StringBuilder salad = new StringBuilder();
        while (salad.length() < characters) {
            int line = 1 + random.nextInt(40);
            for (int i = 0; i < line; i++) {
                salad.append(words.get(random.nextInt(words.size()))).append(i + 1 < line ? " " : "\n");
            }
        }
        return salad.toString();
    }

    /** The corpus' prose sentences (not headings or list items) shuffled into paragraphs of three. */
    static String sentences(List<CorpusDocument> corpus, int count) {
        List<String> sentences = new ArrayList<>();
        for (CorpusDocument document : corpus) {
            for (String line : document.text().split("\r?\n")) {
                if (line.split(" ").length >= 8 && Character.isUpperCase(line.charAt(0))) {
                    sentences.addAll(List.of(line.split("(?<=\\.) ")));
                }
            }
        }
        Random random = new Random(15);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(sentences.get(random.nextInt(sentences.size())));
        }
        Collections.shuffle(picked, random);
        StringBuilder salad = new StringBuilder();
        for (int i = 0; i < picked.size(); i++) {
            salad.append(picked.get(i)).append(i % 3 == 2 ? "\n" : " ");
        }
        return salad.toString();
    }
}
