package uk.gov.lga.hub.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds real .docx files in tests, with Word's own numbering (not typed numbers) where a test asks for it. */
final class Docx {

    private final XWPFDocument document = new XWPFDocument();
    private final XWPFNumbering numbering = document.createNumbering();
    private int lists;

    Docx heading(String text) {
        return styled("Heading1", text);
    }

    Docx styled(String styleId, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
        return this;
    }

    Docx paragraph(String text) {
        document.createParagraph().createRun().setText(text);
        return this;
    }

    /** A Word list; each level given as (number format, level text), e.g. DECIMAL "%1." or LOWER_LETTER "%1)". */
    BigInteger list(Object... formatsAndTexts) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(lists++));
        for (int level = 0; level < formatsAndTexts.length / 2; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal((STNumberFormat.Enum) formatsAndTexts[level * 2]);
            lvl.addNewLvlText().setVal((String) formatsAndTexts[level * 2 + 1]);
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    Docx numbered(BigInteger list, int level, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setNumID(list);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
        return this;
    }

    /** A heading style that carries the numbering itself, as numbered headings in Word templates do. */
    Docx numberedHeadingStyle(String styleId, String name, int outlineLevel, BigInteger list, int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(styleId);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        CTNumPr numPr = style.getPPr().addNewNumPr();
        numPr.addNewNumId().setVal(list);
        numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
        document.createStyles().addStyle(new XWPFStyle(style));
        return this;
    }

    /** A paragraph holding a text box, as report covers put the council's name and the dates. */
    Docx textBox(String... paragraphs) throws XmlException {
        StringBuilder inside = new StringBuilder();
        for (String text : paragraphs) {
            inside.append("<w:p><w:r><w:t>").append(text).append("</w:t></w:r></w:p>");
        }
        String xml = "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
                + inside + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        XWPFParagraph p = document.createParagraph();
        p.getCTP().set(CTP.Factory.parse(xml));
        return this;
    }

    /** A table; a cell's text with "\n" in it becomes separate paragraphs in the cell. */
    Docx table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                String[] paragraphs = rows.get(r).get(c).split("\n");
                cell.setText(paragraphs[0]);
                for (int i = 1; i < paragraphs.length; i++) {
                    cell.addParagraph().createRun().setText(paragraphs[i]);
                }
            }
        }
        return this;
    }

    byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        document.close();
        return out.toByteArray();
    }

    InputStream bytes() throws IOException {
        return new ByteArrayInputStream(toBytes());
    }
}
