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
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds real .docx files in tests, with Word's own numbering (not typed numbers) where a test asks for it. */
final class Docx {

    private final XWPFDocument document = new XWPFDocument();
    private final XWPFNumbering numbering = document.createNumbering();
    private int lists;

    Docx heading(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle("Heading1");
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

    Docx table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
        return this;
    }

    InputStream bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        document.close();
        return new ByteArrayInputStream(out.toByteArray());
    }
}
