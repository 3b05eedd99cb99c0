package uk.gov.lga.hub.importer;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/** One report of the corpus: its text export, the .docx built from it, and what it truly says (truth.json). */
record CorpusDocument(String name, String text, Map<String, Object> truth) {

    private static List<CorpusDocument> all;

    static synchronized List<CorpusDocument> all() throws IOException, URISyntaxException {
        if (all == null) {
            List<CorpusDocument> read = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(root())) {
                for (Path dir : dirs.sorted().toList()) {
                    if (Files.exists(dir.resolve("report.txt"))) {
                        read.add(read(dir));
                    }
                }
            }
            all = List.copyOf(read);
        }
        return all;
    }

    /** The files under corpus/not-reports/, by name. */
    static Map<String, String> notReports() throws IOException, URISyntaxException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(root().resolve("not-reports"))) {
            for (Path file : files.sorted().toList()) {
                texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /**
     * The known councils as the service would load them: every council the corpus names (reports and peers' own
     * councils), and names a careless match would find inside them ("Tarnside Council" in "North Tarnside Council").
     */
    static List<String> register(List<CorpusDocument> corpus) {
        TreeSet<String> names = new TreeSet<>(List.of(
                "Marshland Council",
                "Tarnside Council",
                "Marsh Council",
                "Cornwall Council",
                "Hollins District Council",
                "Riddlesdale County Council",
                "Kingsmere Borough Council",
                "Haverleigh City Council",
                "Barton City Council",
                "Vale District Council",
                "Coventry City Council"));
        for (CorpusDocument document : corpus) {
            names.add(document.council());
            for (List<String> peer : document.peers()) {
                if (peer.get(2).contains("Council") || peer.get(2).contains("Borough of")) {
                    names.add(peer.get(2));
                }
            }
        }
        return List.copyOf(names);
    }

    private static Path root() throws URISyntaxException {
        return Path.of(CorpusDocument.class.getResource("/corpus").toURI());
    }

    @SuppressWarnings("unchecked")
    private static CorpusDocument read(Path dir) throws IOException {
        String truth = Files.readString(dir.resolve("truth.json"), StandardCharsets.UTF_8);
        return new CorpusDocument(
                dir.getFileName().toString(),
                Files.readString(dir.resolve("report.txt"), StandardCharsets.UTF_8),
                (Map<String, Object>) Json.parse(truth));
    }

    byte[] docx() throws IOException {
        return CorpusDocx.of(text);
    }

    String council() {
        return (String) truth.get("council");
    }

    LocalDate date(String field) {
        Object date = truth.get(field);
        return date == null ? null : LocalDate.parse((String) date);
    }

    String string(String field) {
        return (String) truth.get(field);
    }

    @SuppressWarnings("unchecked")
    List<List<String>> peers() {
        return (List<List<String>>) truth.get("peers");
    }

    @SuppressWarnings("unchecked")
    List<List<String>> recommendations() {
        return (List<List<String>>) truth.get("recommendations");
    }
}
