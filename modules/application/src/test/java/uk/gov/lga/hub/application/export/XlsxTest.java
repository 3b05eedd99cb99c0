package uk.gov.lga.hub.application.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbooks {@link Xlsx} writes, read back with Apache POI: an independent reader, as Excel would read them. */
class XlsxTest {

    private static final LocalDate VISIT = LocalDate.of(2024, 1, 15);

    @Test
    void eachTableIsASheetWithBoldHeadingsInAFrozenTopRow() throws IOException {
        try (XSSFWorkbook workbook = written(
                new Table("Action plan", List.of("Number", "Action"), List.of(row(1, "Publish the accounts"))),
                new Table("Progress", List.of("Due"), List.of(row(VISIT))))) {
            assertEquals(2, workbook.getNumberOfSheets());
            for (int s = 0; s < 2; s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                PaneInformation pane = sheet.getPaneInformation();
                assertTrue(pane.isFreezePane(), sheet.getSheetName());
                assertEquals(1, pane.getHorizontalSplitPosition(), "the top row is frozen");
                assertEquals(0, pane.getVerticalSplitPosition(), "no column is frozen");
                for (var heading : sheet.getRow(0)) {
                    assertTrue(((XSSFCell) heading).getCellStyle().getFont().getBold(), heading.toString());
                }
            }
            assertEquals(
                    List.of("Number", "Action"), texts(workbook.getSheetAt(0).getRow(0)));
            assertFalse(workbook.getSheetAt(0)
                    .getRow(1)
                    .getCell(1)
                    .getCellStyle()
                    .getFont()
                    .getBold());
        }
    }

    @Test
    void numbersAreNumbersDatesAreDatesShownInFullAndTheRestIsText() throws IOException {
        try (XSSFWorkbook workbook = written(new Table(
                "Cells",
                List.of("Whole", "Fraction", "Big", "Decimal", "Date", "Leap", "Yes", "No", "Text", "Empty"),
                List.of(row(
                        3,
                        2.5,
                        123_456_789_012L,
                        new BigDecimal("1.25"),
                        VISIT,
                        LocalDate.of(1900, 2, 28),
                        true,
                        false,
                        "2.1 Finance",
                        null))))) {
            Row cells = workbook.getSheetAt(0).getRow(1);
            assertEquals(3.0, cells.getCell(0).getNumericCellValue());
            assertEquals(2.5, cells.getCell(1).getNumericCellValue());
            assertEquals(123_456_789_012.0, cells.getCell(2).getNumericCellValue());
            assertEquals(1.25, cells.getCell(3).getNumericCellValue());
            for (int c = 0; c < 4; c++) {
                assertEquals(CellType.NUMERIC, cells.getCell(c).getCellType());
                assertFalse(DateUtil.isCellDateFormatted(cells.getCell(c)));
            }
            var date = cells.getCell(4);
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(VISIT, date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("d mmmm yyyy", date.getCellStyle().getDataFormatString());
            assertEquals("15 January 2024", new DataFormatter().formatCellValue(date));
            assertEquals(
                    LocalDate.of(1900, 2, 28),
                    cells.getCell(5).getLocalDateTimeCellValue().toLocalDate(),
                    "before Excel's 29 February 1900 that never was");
            assertEquals("Yes", cells.getCell(6).getStringCellValue());
            assertEquals("No", cells.getCell(7).getStringCellValue());
            assertEquals("2.1 Finance", cells.getCell(8).getStringCellValue());
            assertEquals(CellType.STRING, cells.getCell(8).getCellType());
            assertEquals(CellType.BLANK, cells.getCell(9).getCellType());
        }
    }

    @Test
    void textIsKeptAsWrittenAndCharactersXmlCannotHoldAreDropped() throws IOException {
        String awkward = "Fish & chips <b>\"quoted\"</b> 'single' £5 – ok ✓ 😀\nsecond line\r\nthird\t";
        try (XSSFWorkbook workbook = written(new Table(
                "Text",
                List.of("Awkward", "Control", "Escape-like", "Spaces"),
                List.of(row(awkward, "bell\u0007 null\u0000 end\uFFFE", "_x0041_ stays", "  padded  "))))) {
            assertEquals(
                    List.of(awkward, "bell null end", "_x0041_ stays", "  padded  "),
                    texts(workbook.getSheetAt(0).getRow(1)));
        }
    }

    @Test
    void sheetNamesAreMadeSafeAsPoiMadeThemAndDuplicatesAreNumbered() throws IOException {
        List<String> titles = Arrays.asList(
                "Actions: 2024/25",
                "[Draft] *what* now? a\\b",
                "'Quoted'",
                "A title far longer than the thirty-one characters Excel allows",
                "Sheet's middle apostrophe",
                "");
        List<Table> tables = new ArrayList<>();
        titles.forEach(title -> tables.add(new Table(title, List.of("A"), List.of())));
        try (XSSFWorkbook workbook = written(tables.toArray(Table[]::new))) {
            for (int i = 0; i < titles.size(); i++) {
                assertEquals(WorkbookUtil.createSafeSheetName(titles.get(i)), workbook.getSheetName(i));
            }
        }
        try (XSSFWorkbook workbook = written(
                new Table("Actions", List.of("A"), List.of()),
                new Table("actions", List.of("A"), List.of()),
                new Table("Actions", List.of("A"), List.of()),
                new Table("A title far longer than the thirty-one characters", List.of("A"), List.of()),
                new Table("A title far longer than the thirty-one characters", List.of("A"), List.of()))) {
            assertEquals("Actions", workbook.getSheetName(0));
            assertEquals("actions (2)", workbook.getSheetName(1));
            assertEquals("Actions (3)", workbook.getSheetName(2));
            assertEquals("A title far longer than the thi", workbook.getSheetName(3));
            assertEquals("A title far longer than the (2)", workbook.getSheetName(4));
        }
    }

    @Test
    void noTablesGiveAWorkbookWithOneEmptySheetAndTheStreamIsLeftOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream is the caller's to close");
            }
        };
        Xlsx.write(List.of(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(1, workbook.getNumberOfSheets());
            assertNull(workbook.getSheetAt(0).getRow(1));
        }
    }

    @Test
    void aNumberThatIsNoNumberIsAnErrorCell() throws IOException {
        try (XSSFWorkbook workbook =
                written(new Table("Odd", List.of("NaN", "Infinite"), List.of(row(Double.NaN, 1.0 / 0))))) {
            Row cells = workbook.getSheetAt(0).getRow(1);
            assertEquals(CellType.ERROR, cells.getCell(0).getCellType());
            assertEquals(CellType.ERROR, cells.getCell(1).getCellType());
        }
    }

    private static XSSFWorkbook written(Table... tables) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(List.of(tables), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
