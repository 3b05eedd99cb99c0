package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import uk.gov.lga.hub.importer.text.DocxLines;
import uk.gov.lga.hub.importer.text.Line;
import uk.gov.lga.hub.importer.text.PoiDocxLines;

/**
 * The reader on the JDK alone gives exactly the lines the reader on Apache POI gave (kept in the tests as
 * {@link PoiDocxLines}): for every corpus report and seed as a .docx, the documents the other tests build, and
 * documents written by hand with what POI's writer does not make (tracked changes, content controls, footnotes,
 * Word 2010 text boxes, odd numbering). What one refuses, the other refuses.
 */
class DocxLinesSameAsPoiTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusReportAndSeedAsWordReadsTheSame() throws Exception {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (CorpusDocument document : CorpusDocument.all()) {
            documents.put("corpus " + document.name(), document.docx());
        }
        for (Map.Entry<String, String> notReport : CorpusDocument.notReports().entrySet()) {
            documents.put("not a report " + notReport.getKey(), CorpusDocx.of(notReport.getValue()));
        }
        for (String seed : List.of(
                "report-2024.txt",
                "appendix-b-2024.txt",
                "cabinet-minutes-2025.txt",
                "minutes-2018.txt",
                "press-release-2024.txt")) {
            String text = SeedImportTest.seed(seed);
            Docx paragraphs = new Docx();
            text.lines().forEach(paragraphs::paragraph);
            documents.put("seed " + seed + " a paragraph a line", paragraphs.toBytes());
            documents.put("seed " + seed + " as Word would hold it", CorpusDocx.of(text));
        }
        return same(documents);
    }

    @TestFactory
    Stream<DynamicTest> theDocumentsTheOtherTestsBuildReadTheSame() throws Exception {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        Docx multiLevel = new Docx();
        BigInteger list = multiLevel.list(STNumberFormat.DECIMAL, "%1", STNumberFormat.DECIMAL, "%1.%2");
        multiLevel
                .paragraph("Gateshead Council")
                .numbered(list, 0, "Key recommendations")
                .numbered(list, 1, "Housing delivery")
                .paragraph("Agree a plan.")
                .numbered(list, 1, "Member development")
                .numbered(list, 0, "Next steps")
                .numbered(list, 1, "Restarted under a new parent");
        documents.put("multi-level numbering", multiLevel.toBytes());

        Docx headings = new Docx();
        BigInteger headingList = headings.list(STNumberFormat.DECIMAL, "%1", STNumberFormat.DECIMAL, "%1.%2");
        headings.numberedHeadingStyle("Heading1", "heading 1", 0, headingList, 0)
                .numberedHeadingStyle("Heading2", "heading 2", 1, headingList, 1)
                .styled("Heading1", "Key recommendations")
                .styled("Heading2", "Financial accounts")
                .styled("Heading2", "Scrutiny")
                .styled("Heading1", "Next steps");
        documents.put("numbered heading styles", headings.toBytes());

        Docx formats = new Docx();
        BigInteger letters = formats.list(STNumberFormat.LOWER_LETTER, "(%1)");
        BigInteger roman = formats.list(STNumberFormat.UPPER_ROMAN, "%1.");
        BigInteger bullets = formats.list(STNumberFormat.BULLET, "\uF0B7");
        for (int i = 0; i < 30; i++) {
            formats.numbered(letters, 0, "letter " + i).numbered(roman, 0, "roman " + i);
        }
        formats.numbered(bullets, 0, "Communications").heading("Recommendations");
        documents.put("letters, roman numerals and bullets", formats.toBytes());

        documents.put(
                "a cover in a text box",
                new Docx()
                        .textBox("Corporate Peer Challenge", "Coventry City Council", "15 – 18 January 2024")
                        .textBox("Coventry City Council")
                        .heading("Key recommendations")
                        .toBytes());
        documents.put(
                "a table of peers",
                new Docx()
                        .table(List.of(
                                List.of("Name", "Role", "Organisation"),
                                List.of("Jo Bloggs", "Chief Executive\nand more", "Wigan Council"),
                                List.of("", "  ", "LGA")))
                        .toBytes());
        return same(documents);
    }

    @TestFactory
    Stream<DynamicTest> documentsWrittenByHandReadTheSame() {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put(
                "tabs, breaks and hyphens",
                new RawDocx()
                        .body(p("<w:r><w:t xml:space=\"preserve\">Key </w:t><w:tab/><w:t>recommendations</w:t>"
                                        + "<w:br/><w:t>next</w:t><w:cr/><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\""
                                        + " w:leader=\"none\"/><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t><w:softHyphen/>"
                                        + "<w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t>  spaced  out  </w:t></w:r>")
                                + p("") + "<w:p/>" + p(run("2.6") + "<w:r><w:tab/></w:r>" + run("Transformation")))
                        .toBytes());
        documents.put(
                "hyperlinks, simple fields and smart tags",
                new RawDocx()
                        .body(p("<w:hyperlink w:anchor=\"x\"><w:r><w:t>Link text</w:t></w:r></w:hyperlink>"
                                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>7</w:t></w:r></w:fldSimple>"
                                + "<w:smartTag w:uri=\"x\" w:element=\"place\"><w:smartTag w:uri=\"x\" w:element=\"City\">"
                                + run(" Coventry") + "</w:smartTag>" + run(" Council") + "</w:smartTag>"))
                        .toBytes());
        documents.put(
                "tracked changes and field codes",
                new RawDocx()
                        .body(p(run("Kept ")
                                + "<w:ins w:id=\"1\" w:author=\"a\">" + run("inserted ") + "</w:ins>"
                                + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>deleted </w:delText></w:r></w:del>"
                                + "<w:moveTo w:id=\"3\" w:author=\"a\">" + run("moved ") + "</w:moveTo>"
                                + "<w:moveFrom w:id=\"4\" w:author=\"a\">" + run("from here ") + "</w:moveFrom>"
                                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                                + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"x\" </w:instrText></w:r>"
                                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("shown")
                                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                                + "<w:r><w:delInstrText>old code</w:delInstrText></w:r>"
                                + "<w:r><w:t>mixed </w:t><w:delText>half deleted</w:delText></w:r>"))
                        .toBytes());
        documents.put(
                "capitals",
                new RawDocx()
                        .body(p("<w:r><w:rPr><w:caps/></w:rPr><w:t>executive summary</w:t></w:r>"
                                + "<w:r><w:rPr><w:smallCaps w:val=\"0\"/></w:rPr><w:t> as typed</w:t></w:r>"
                                + "<w:r><w:rPr><w:caps w:val=\"false\"/><w:smallCaps/></w:rPr><w:t> small</w:t></w:r>"
                                + "<w:r><w:rPr><w:caps w:val=\"true\"/></w:rPr><w:t> loud</w:t></w:r>"))
                        .toBytes());
        documents.put(
                "content controls in a paragraph",
                new RawDocx()
                        .body(p(run("Council: ")
                                + "<w:sdt><w:sdtPr/><w:sdtContent>" + run("Coventry City Council")
                                + "<w:sdt><w:sdtContent>" + run("nested") + "</w:sdtContent></w:sdt>" + run("after")
                                + "</w:sdtContent></w:sdt>" + run(" end") + "<w:sdt><w:sdtPr/></w:sdt>"))
                        .toBytes());
        documents.put(
                "content controls around paragraphs and tables",
                new RawDocx()
                        .body("<w:sdt><w:sdtPr/><w:sdtContent>" + p(run("Corporate Peer Challenge"))
                                + p("<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>gone</w:delText></w:r></w:del>"
                                        + run("15 - 18 January 2024") + "<w:sdt><w:sdtContent>" + run("inline")
                                        + "</w:sdtContent></w:sdt>")
                                + "<w:tbl><w:tr>" + tc(p(run("a")) + p(run("b")))
                                + tc("<w:tbl><w:tr>" + tc(p(run("inner"))) + tc(p(run("two")) + p(run("paras")))
                                        + "</w:tr></w:tbl>" + "<w:p/>")
                                + "<w:sdt><w:sdtContent>" + tc(p(run("cell control"))) + "</w:sdtContent></w:sdt>"
                                + "</w:tr></w:tbl>"
                                + "<w:sdt><w:sdtContent>" + p(run("nested control")) + p(run("two")) + "</w:sdtContent>"
                                + "</w:sdt>" + p(run("last")) + "</w:sdtContent></w:sdt>"
                                + "<w:sdt><w:sdtContent>" + run("a run in a block") + p(run("and a paragraph"))
                                + "</w:sdtContent></w:sdt>")
                        .toBytes());
        documents.put(
                "tables in tables, controls in cells",
                new RawDocx()
                        .body("<w:tbl><w:tblPr/><w:tr>" + tc(p(run("Name"))) + tc(p(run("Role\tx") + run("y")))
                                + "</w:tr><w:tr>"
                                + tc(p(run("Jo")) + "<w:tbl><w:tr>" + tc(p(run("deep"))) + tc("<w:p/>")
                                        + "</w:tr><w:tr>"
                                        + tc("<w:tbl><w:tr>" + tc(p(run("deeper"))) + "</w:tr></w:tbl>")
                                        + "</w:tr></w:tbl>" + p(run("after")))
                                + tc("<w:sdt><w:sdtContent>" + p(run("in a control")) + "</w:sdtContent></w:sdt>"
                                        + p("<w:r><w:t>&lt;b&gt;html&lt;/b&gt; &amp;nbsp;</w:t></w:r>"))
                                + "</w:tr><w:tr></w:tr></w:tbl>")
                        .toBytes());
        String box = "<w:txbxContent>" + p(run("Corporate Peer Challenge"))
                + "<w:p>\n  <w:r><w:t>Coventry</w:t></w:r>\n  <w:r><w:tab/><w:t>City Council</w:t></w:r>\n</w:p>"
                + p("<w:r><w:delText>old</w:delText><w:instrText>code</w:instrText></w:r>") + "</w:txbxContent>";
        documents.put(
                "text boxes old and new",
                new RawDocx()
                        .body(p("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
                                        + "<a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box
                                        + "</wps:txbx></wps:wsp>"
                                        + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
                                        + "<w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict>"
                                        + "</mc:Fallback></mc:AlternateContent></w:r>" + run("Anchor text"))
                                + p(run("Coventry") + "<w:r><w:pict><v:shape><v:textbox>" + box
                                        + "</v:textbox></v:shape></w:pict></w:r>")
                                + p("<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box
                                        + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>"
                                        + "<w:pict><v:shape><v:textbox><w:txbxContent>" + p(run("second"))
                                        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
                                + p("<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>" + run("outer")
                                        + "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + p(run("inner"))
                                        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>" + p(run("then"))
                                        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))
                        .toBytes());
        documents.put(
                "footnotes and endnotes",
                new RawDocx()
                        .body(p(run("Cited") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>" + run(" and")
                                        + "<w:r><w:endnoteReference w:id=\"2\"/></w:r>"
                                        + "<w:r><w:footnoteReference w:id=\"9\"/></w:r>"
                                        + "<w:del w:id=\"5\" w:author=\"a\"><w:r><w:delText>x</w:delText>"
                                        + "<w:footnoteReference w:id=\"3\"/></w:r></w:del>")
                                + "<w:tbl><w:tr>"
                                + tc(p(run("In a cell") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"))
                                + "</w:tr></w:tbl>")
                        .footnotes("<w:footnote w:type=\"separator\" w:id=\"-1\">" + p("<w:r><w:separator/></w:r>")
                                + "</w:footnote><w:footnote w:id=\"1\">"
                                + p("<w:r><w:footnoteRef/></w:r>" + run(" The LGA."))
                                + p(run("Second paragraph")) + "</w:footnote><w:footnote w:id=\"3\">" + p(run("Three"))
                                + "</w:footnote>")
                        .endnotes("<w:endnote w:id=\"2\">" + p(run("An endnote")) + "</w:endnote>")
                        .toBytes());
        documents.put(
                "a note cited without notes",
                new RawDocx()
                        .body(p(run("Cited") + "<w:r><w:footnoteReference w:id=\"1\"/><w:endnoteReference/></w:r>"))
                        .toBytes());
        documents.put(
                "check boxes and ruby",
                new RawDocx()
                        .body(p("<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:default/>"
                                        + "</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:fldChar w:fldCharType=\"begin\">"
                                        + "<w:ffData><w:checkBox><w:default w:val=\"0\"/></w:checkBox></w:ffData></w:fldChar>"
                                        + "</w:r><w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox/></w:ffData>"
                                        + "</w:fldChar></w:r>" + run(" Agreed"))
                                + p("<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>guide</w:t></w:r></w:rt><w:rubyBase><w:r>"
                                        + "<w:t>base</w:t></w:r></w:rubyBase></w:ruby><w:t> text</w:t></w:r>"))
                        .toBytes());
        documents.put(
                "headings by style, base style, name and outline level",
                new RawDocx()
                        .styles(style("Heading1", "heading 1", "")
                                + style("Mine", "Mine", "<w:basedOn w:val=\"Heading2\"/>")
                                + style("Titre3", "Heading 3", "")
                                + style("Loop1", "Loop1", "<w:basedOn w:val=\"Loop2\"/>")
                                + style("Loop2", "Loop2", "<w:basedOn w:val=\"Loop1\"/>")
                                + style("Heading4", null, "")
                                + style("Plain", "Normal", "<w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr>"))
                        .body(styled("Heading1", "Executive summary")
                                + styled("Mine", "Key recommendations")
                                + styled("Titre3", "3.1 The peer team")
                                + styled("Loop1", "Loops end")
                                + styled("Heading4", "No name")
                                + styled("Heading 5", "Id with a space")
                                + styled("Missing", "Style not defined")
                                + styled("Plain", "Outline on the style only")
                                + p("<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>" + run("Outline 0"))
                                + p("<w:pPr><w:outlineLvl w:val=\"8\"/></w:pPr>" + run("Outline 8"))
                                + p("<w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr>" + run("Body text level"))
                                + p(run("3 Summary of the peer challenge approach")))
                        .toBytes());
        documents.put("numbering of every kind", numberingOfEveryKind().toBytes());
        documents.put(
                "numbering without styles", numberingOfEveryKind().styles("").toBytes());
        documents.put(
                "CDATA, entities and text POI does not read",
                new RawDocx()
                        .body(p("<w:r><w:t><![CDATA[a < b]]></w:t><w:t>&amp;&lt;&#x2013;&#169;</w:t></w:r>"
                                        + "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/>" + run("[bookmark: x]kept")
                                        + "<w:bookmarkEnd w:id=\"0\"/><w:proofErr w:type=\"spellStart\"/>"
                                        + "<w:customXml w:element=\"x\">" + run("in custom XML") + "</w:customXml>"
                                        + "<w:commentRangeStart w:id=\"1\"/><w:dir w:val=\"rtl\">"
                                        + run("right to left")
                                        + "</w:dir>")
                                + "<w:customXml w:element=\"y\">" + p(run("a custom block")) + "</w:customXml>"
                                + "<w:bookmarkStart w:id=\"2\" w:name=\"y\"/>" + p(run("Page 3 of 10"))
                                + p(run("18 Smith Square, London")) + "<w:sectPr/>")
                        .toBytes());
        documents.put(
                "tables fifty deep",
                new RawDocx()
                        .body("<w:tbl><w:tr><w:tc>".repeat(50) + p(run("deep")) + "</w:tc></w:tr></w:tbl>".repeat(50))
                        .toBytes());
        documents.put("an empty body", new RawDocx().toBytes());
        documents.put(
                "no body at all",
                new RawDocx()
                        .toBytes(
                                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
        return same(documents);
    }

    /** Lists of every format, levels restarted by their parents, overrides, legal numbering, numbered styles. */
    private static RawDocx numberingOfEveryKind() {
        String levels = lvl(0, "decimal", "%1.", "<w:start w:val=\"3\"/>")
                + lvl(1, "lowerLetter", "%1.%2)", "")
                + lvl(2, "upperRoman", "%1.%2.%3", "<w:isLgl/>")
                + lvl(3, "lowerRoman", "(%4)", "");
        return new RawDocx()
                .numbering("<w:abstractNum w:abstractNumId=\"0\">" + levels + "</w:abstractNum>"
                        + "<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, "bullet", "\uF0B7", "") + "</w:abstractNum>"
                        + "<w:abstractNum w:abstractNumId=\"2\">" + lvl(0, "none", "", "") + "</w:abstractNum>"
                        + "<w:abstractNum w:abstractNumId=\"3\">" + lvl(0, "decimal", "%1", "")
                        + lvl(1, "decimal", "%1.%2", "<w:pStyle w:val=\"NumHead2\"/>") + "</w:abstractNum>"
                        + "<w:abstractNum w:abstractNumId=\"4\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"upperLetter\"/>"
                        + "</w:lvl><w:lvl w:ilvl=\"1\"><w:lvlText w:val=\"%1-%2\"/></w:lvl></w:abstractNum>"
                        + num(1, 0, "")
                        + num(2, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/>" + "</w:lvlOverride>")
                        + num(3, 1, "") + num(4, 2, "") + num(5, 3, "") + num(6, 99, "") + num(7, 4, ""))
                .styles(style(
                                "ListStyle",
                                "List style",
                                "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/>" + "</w:numPr></w:pPr>")
                        + style("Derived", "Derived", "<w:basedOn w:val=\"ListStyle\"/>")
                        + style(
                                "NumHead2",
                                "Numbered heading",
                                "<w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr>")
                        + style("Unnumbered", "Unnumbered", "<w:pPr><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>"))
                .body(numbered(1, 0, "Finance") + numbered(1, 0, "Scrutiny") + numbered(1, 1, "Sub one")
                        + numbered(1, 1, "Sub two") + numbered(1, 2, "Legal") + numbered(1, 3, "Deepest")
                        + numbered(1, 0, "Restarts the levels below") + numbered(1, 1, "Sub again")
                        + numbered(2, 0, "Overridden start") + numbered(2, 0, "Next") + numbered(3, 0, "Bullet")
                        + numbered(4, 0, "No number") + numbered(0, 0, "Numbering switched off")
                        + numbered(6, 0, "Missing definition") + numbered(1, 5, "Level not defined")
                        + numbered(77, 0, "Missing list") + numbered(7, 0, "No text for the level")
                        + numbered(7, 1, "No format") + styled("Derived", "Through a base style")
                        + styled("NumHead2", "Linked level") + styled("NumHead2", "Linked again")
                        + styled("Unnumbered", "Style switched off")
                        + p("<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr>" + run("No level"))
                        + "<w:tbl><w:tr>" + tc(numbered(3, 0, "In a cell") + numbered(1, 0, "Counting on"))
                        + "</w:tr></w:tbl>");
    }

    private static Stream<DynamicTest> same(Map<String, byte[]> documents) {
        return documents.entrySet().stream()
                .map(document -> dynamicTest(document.getKey(), () -> {
                    byte[] docx = document.getValue();
                    assertEquals(poi(docx), DocxLines.of(new ByteArrayInputStream(docx)), document.getKey());
                }));
    }

    private static List<Line> poi(byte[] docx) {
        return PoiDocxLines.of(new ByteArrayInputStream(docx));
    }

    @TestFactory
    Stream<DynamicTest> whatPoiRefusedIsRefused() throws IOException {
        Map<String, byte[]> refused = new LinkedHashMap<>();
        byte[] real = new Docx().paragraph("Key recommendations").toBytes();
        refused.put("half a file", Arrays.copyOf(real, real.length / 2));
        refused.put("not a zip", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        refused.put("nothing", new byte[0]);
        refused.put(
                "XML that is not well formed",
                new RawDocx().body("<w:p><w:r></w:p>").toBytes());
        refused.put(
                "a DOCTYPE with an external entity",
                new RawDocx()
                        .toBytes("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM"
                                + " \"file:///etc/passwd\">]><w:document xmlns:w=\"" + W
                                + "\"><w:body><w:p><w:r><w:t>&xxe;"
                                + "</w:t></w:r></w:p></w:body></w:document>"));
        refused.put(
                "a DOCTYPE with entities that expand a billion times",
                new RawDocx()
                        .toBytes("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
                                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                                + "<w:document xmlns:w=\"" + W
                                + "\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body>"
                                + "</w:document>"));
        refused.put(
                "a spreadsheet's XML as the document",
                new RawDocx()
                        .toBytes("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));
        refused.put("a zip of other things", ZipBombTest.zip(3, 100));
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, byte[]> document : refused.entrySet()) {
            tests.add(dynamicTest(document.getKey(), () -> {
                assertThrows(UnreadableDocument.class, () -> poi(document.getValue()), "POI refused it");
                assertThrows(
                        UnreadableDocument.class, () -> DocxLines.of(new ByteArrayInputStream(document.getValue())));
            }));
        }
        return tests.stream();
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static String p(String content) {
        return "<w:p>" + content + "</w:p>";
    }

    static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String tc(String content) {
        return "<w:tc>" + content + "</w:tc>";
    }

    private static String styled(String styleId, String text) {
        return p("<w:pPr><w:pStyle w:val=\"" + styleId + "\"/></w:pPr>" + run(text));
    }

    private static String numbered(int numId, int level, String text) {
        return p("<w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + run(text));
    }

    private static String style(String id, String name, String more) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\">"
                + (name == null ? "" : "<w:name w:val=\"" + name + "\"/>") + more + "</w:style>";
    }

    private static String lvl(int level, String format, String text, String more) {
        return "<w:lvl w:ilvl=\"" + level + "\">" + more + "<w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\""
                + text + "\"/></w:lvl>";
    }

    private static String num(int numId, int abstractNumId, String more) {
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractNumId + "\"/>" + more
                + "</w:num>";
    }
}
