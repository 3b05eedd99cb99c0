package uk.gov.lga.hub.domain.council.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class RegisterFileTest {

    @Test
    void readsQuotedNamesWithCommasAByteOrderMarkAndCrlfLines() {
        String csv = "\uFEFFLAD24CD,LAD24NM,Type,RGN24NM\r\n"
                + "E90000001,\"Alpha, Beta and \"\"Gamma\"\" Borough Council\",London Borough,London\r\n"
                + "E90000002,\"Two\r\nLines\",Unitary Authority,Yorkshire and The Humber\r\n"
                + "\r\n"
                + "E90000003,Third,Shire District,East of England";
        RegisterFile file = RegisterFile.read(csv, null);
        assertEquals(
                List.of(
                        new RegisterRow(
                                2,
                                "E90000001",
                                "Alpha, Beta and \"Gamma\" Borough Council",
                                CouncilType.LONDON_BOROUGH,
                                Region.LONDON),
                        new RegisterRow(
                                3, "E90000002", "Two\r\nLines", CouncilType.UNITARY, Region.YORKSHIRE_AND_THE_HUMBER),
                        new RegisterRow(6, "E90000003", "Third", CouncilType.DISTRICT, Region.EAST_OF_ENGLAND)),
                file.rows());
    }

    @Test
    void guessesTheColumnsFromThisYearsOnsHeadingsAndSaysWhichWereGuessed() {
        RegisterFile file = RegisterFile.read(
                "FID,CTYUA23CD,CTYUA23NM,RGN23CD,RGN23NM,Council type\nx,E90000001,One,E12000001,North East,UA\n",
                null);
        assertEquals(
                new RegisterColumns("CTYUA23CD", "CTYUA23NM", "Council type", "RGN23NM"),
                file.columns().columns());
        assertEquals(List.of(RegisterColumns.Field.values()), file.columns().guessed());
        assertEquals(Region.NORTH_EAST, file.rows().get(0).region());
    }

    @Test
    void usesTheColumnsTheUploaderNamesOverAnyGuess() {
        String csv = "Authority,Code,Kind,Area,Region\nAlpha,E90000001,Metropolitan District,west-midlands,London\n";
        RegisterFile file = RegisterFile.read(csv, new RegisterColumns("code", "Authority", "Kind", "Area"));
        assertEquals(
                new RegisterRow(2, "E90000001", "Alpha", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS),
                file.rows().get(0));
        assertEquals(List.of(), file.columns().guessed());
    }

    @Test
    void withoutATypeColumnEachTypeComesFromTheOnsCodeAsTheOnsLookupsHaveNone() {
        RegisterFile file = RegisterFile.read(
                "LAD24CD,LAD24NM,RGN24CD,RGN24NM\n"
                        + "E06000001,A,E12000001,North East\n"
                        + "E07000008,B,E12000006,East of England\n"
                        + "E08000026,C,E12000005,West Midlands\n"
                        + "E09000002,D,E12000007,London\n"
                        + "E10000003,E,E12000006,East of England\n",
                null);
        assertEquals(
                List.of(
                        CouncilType.UNITARY,
                        CouncilType.DISTRICT,
                        CouncilType.METROPOLITAN_DISTRICT,
                        CouncilType.LONDON_BOROUGH,
                        CouncilType.COUNTY),
                file.rows().stream().map(RegisterRow::type).toList());
        assertEquals(null, file.columns().columns().type());
        RegisterFileRefused refused = assertThrows(
                RegisterFileRefused.class,
                () -> RegisterFile.read("LAD24CD,LAD24NM,RGN24NM\nE90000001,A,London\n", null));
        assertTrue(refused.problems().get(0).message().contains("no type column"), refused.getMessage());
    }

    @Test
    void columnsThatCannotBeFoundAreRefusedWithTheFilesHeadings() {
        RegisterFileRefused refused = assertThrows(
                RegisterFileRefused.class,
                () -> RegisterFile.read("Foo,Bar\nE90000001,x\n", new RegisterColumns("Foo", null, null, "Nope")));
        assertEquals("register-columns-unknown", refused.rule());
        assertEquals(List.of("Foo", "Bar"), refused.headings());
        assertTrue(refused.getMessage().contains("no column headed 'Nope'"), refused.getMessage());
    }

    @Test
    void everyBadRowIsListedByItsLineAndNothingIsRead() {
        String csv = "code,name,type,region\n"
                + "E90000001,Fine,Unitary,London\n"
                + "X1,Bad code,Unitary,London\n"
                + "E90000001,Duplicate,Unitary,London\n"
                + "E90000004,,Unitary,London\n"
                + "E90000005,Odd type,Parish,London\n"
                + "E90000006,Odd region,Unitary,Atlantis\n";
        RegisterFileRefused refused = assertThrows(RegisterFileRefused.class, () -> RegisterFile.read(csv, null));
        assertEquals("register-rows-invalid", refused.rule());
        assertEquals(
                List.of(3, 4, 5, 6, 7),
                refused.problems().stream().map(RowProblem::line).toList());
        assertTrue(
                refused.problems().get(1).message().contains("also on line 2"),
                refused.problems().toString());
        assertTrue(
                refused.problems().get(4).message().contains("'Atlantis'"),
                refused.problems().toString());
    }

    @Test
    void rowsForWalesScotlandAndNorthernIrelandArePassedOverAndCounted() {
        RegisterFile file = RegisterFile.read(
                "LAD24CD,LAD24NM,Type,Region\nW06000015,Cardiff,UA,Wales\nE90000001,One,UA,South West\n", null);
        assertEquals(1, file.rows().size());
        assertEquals(1, file.outsideEngland());
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> RegisterFile.read("code,name,type,region\nE90000001,\"Never closed,UA,London\n", null));
        assertEquals("register-csv-unclosed-quote", refused.rule());
        assertTrue(refused.getMessage().contains("line 2"), refused.getMessage());
    }

    @Test
    void tooManyRowsAreRefused() {
        StringBuilder csv = new StringBuilder("code,name,type,region\n");
        for (int i = 0; i <= RegisterFile.MAX_ROWS; i++) {
            csv.append(String.format("E9%07d,C%d,UA,London%n", i, i));
        }
        DomainRuleViolation refused =
                assertThrows(DomainRuleViolation.class, () -> RegisterFile.read(csv.toString(), null));
        assertEquals("register-too-many-rows", refused.rule());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(
                "register-file-empty",
                assertThrows(DomainRuleViolation.class, () -> RegisterFile.read("\uFEFF\r\n", null))
                        .rule());
    }

    @ParameterizedTest
    @CsvSource({
        "Metropolitan District,METROPOLITAN_DISTRICT",
        "metropolitan borough,METROPOLITAN_DISTRICT",
        "London Borough,LONDON_BOROUGH",
        "Unitary Authority,UNITARY",
        "Non-metropolitan District,DISTRICT",
        "Shire District,DISTRICT",
        "County Council,COUNTY",
        "Shire County,COUNTY",
        "METROPOLITAN_DISTRICT,METROPOLITAN_DISTRICT",
        "other,OTHER"
    })
    void readsTheOfficialTermsForTypes(String term, CouncilType type) {
        assertEquals(type, RegisterValues.type(term).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        "Yorkshire and The Humber,YORKSHIRE_AND_THE_HUMBER",
        "yorkshire-and-the-humber,YORKSHIRE_AND_THE_HUMBER",
        "Yorkshire & Humber,YORKSHIRE_AND_THE_HUMBER",
        "East of England,EAST_OF_ENGLAND",
        "EAST,EAST_OF_ENGLAND",
        "E12000007,LONDON",
        "west midlands,WEST_MIDLANDS"
    })
    void readsRegionsByNameCodeOrOnsSpelling(String value, Region region) {
        assertEquals(region, RegisterValues.region(value).orElseThrow());
    }
}
