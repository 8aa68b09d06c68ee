package id.inspektorat.lkauditor.normalization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberParserTest {

    private final NumberParser parser = new NumberParser();

    @ParameterizedTest(name = "{0} -> {1} ({2} decimals)")
    @CsvSource(delimiter = '|', value = {
            "4.922.354.214|4922354214|0",
            "96,64|96.64|2",
            "RP 4.569.324.466|4569324466|0",
            "Rp. 2.933.929.410,-|2933929410|0",
            "3.149.250.062,00|3149250062.00|2",
            "96,67 %|96.67|2",
            "100.27%|100.27|2",
            "1.619,9 Ha|1619.9|1",
            "Keluarga 40.000.000|40000000|0",
            "2167|2167|0",
            "0,1|0.1|1"})
    void readsIndonesianFigures(String printed, String value, int decimals) {
        CellValue v = parser.parse(printed);
        assertThat(v.kind()).isEqualTo(ValueKind.NUMBER);
        assertThat(v.number()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(v.decimals()).isEqualTo(decimals);
        assertThat(v.printed()).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10.00.000", "4,600.541.941,-", "1.608150.322,-", "1.702.428.908-"})
    void malformedFiguresAreNeverGuessed(String printed) {
        CellValue v = parser.parse(printed);
        assertThat(v.kind()).isEqualTo(ValueKind.MALFORMED);
        assertThat(v.number()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1. Jumlah penambahan kapasitas layanan air baku", "12. Rasio elektrifikasi",
            "5.7.2.3.", "01.2.05", "3.2.", "2. 02", "7.2.8 Industri", "SS 3. Meningkatkan kualitas", "7 01 02",
            "7 01 02 2.02", "2.03 02", "7 01"})
    void listNumbersOutlineCodesAndLabelsAreText(String printed) {
        assertThat(parser.parse(printed).kind()).isEqualTo(ValueKind.TEXT);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"5.099. 119|5099119", "1.234. 567.890|1234567890", "2.043.100. 002,50|2043100002.50",
            "109,469,414,85 5|109469414855", "1.975.187.0 00|1975187000", "375.286.00 0|375286000"})
    void aFigureWrappedInsideItsCellIsOneFigure(String printed, String value) {
        CellValue v = parser.parse(printed);
        assertThat(v.kind()).isEqualTo(ValueKind.NUMBER);
        assertThat(v.number()).isEqualByComparingTo(value);
        assertThat(v.printed()).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"916.491.07", "1.386.8800.814", "1.200.000.00", "1.386. 8800.814"})
    void aWrongFigureStaysMalformedWhenJoiningDoesNotMendIt(String printed) {
        assertThat(parser.parse(printed).kind()).isEqualTo(ValueKind.MALFORMED);
    }

    @Test
    void twoAmountsMergedIntoOneCellKeepTheirOwnCurrencyAndDash() {
        CellValue v = parser.parse("Rp. 6.790.448.610,- Rp. 14.835.738.968,-");
        assertThat(v.kind()).isEqualTo(ValueKind.MULTI);
        assertThat(v.amounts()).containsExactly(new BigDecimal("6790448610"), new BigDecimal("14835738968"));
    }

    @Test
    void aLeadingZeroBeforeTheCommaIsOnlyADecimal() {
        CellValue v = parser.parse("0,060");
        assertThat(v.number()).isEqualByComparingTo("0.060");
        assertThat(v.alternative()).isNull();
    }

    @Test
    void readsPredikatWithScoreEitherWay() {
        CellValue a = parser.parse("BB (70,15)");
        CellValue b = parser.parse("70,11 (BB)");
        CellValue c = parser.parse("70,00 ( B )");
        assertThat(a.grade()).isEqualTo("BB");
        assertThat(a.number()).isEqualByComparingTo("70.15");
        assertThat(b.grade()).isEqualTo("BB");
        assertThat(b.number()).isEqualByComparingTo("70.11");
        assertThat(c.grade()).isEqualTo("B");
        assertThat(c.number()).isEqualByComparingTo("70.00");
    }

    @Test
    void theWordThatNamesAGradeBeforeItIsNoUnit() {
        // the Inspektorat Jombang LKjIP 2022, Tabel 3.2: target "Nilai A (83)", realisasi "Nilai A (82,92)"
        CellValue v = parser.parse("Nilai A (82,92)");
        assertThat(v.kind()).isEqualTo(ValueKind.NUMBER);
        assertThat(v.grade()).isEqualTo("A");
        assertThat(v.number()).isEqualByComparingTo("82.92");
        assertThat(parser.parse("Predikat BB (75,00)").number()).isEqualByComparingTo("75.00");
        // another word before the letter keeps the cell text
        assertThat(parser.parse("Kelas A (3)").kind()).isEqualTo(ValueKind.TEXT);
    }

    @Test
    void letterAloneIsAGrade() {
        CellValue v = parser.parse("BB");
        assertThat(v.kind()).isEqualTo(ValueKind.GRADE);
        assertThat(v.grade()).isEqualTo("BB");
    }

    @Test
    void dashesAndBlanksMeanNone() {
        assertThat(parser.parse("-").kind()).isEqualTo(ValueKind.DASH);
        assertThat(parser.parse("---").kind()).isEqualTo(ValueKind.DASH);
        assertThat(parser.parse("n/a").kind()).isEqualTo(ValueKind.DASH);
        assertThat(parser.parse("- Ha").kind()).isEqualTo(ValueKind.DASH);
        assertThat(parser.parse("  ").kind()).isEqualTo(ValueKind.EMPTY);
    }

    @Test
    void commaWithThreeDigitsKeepsBothReadings() {
        CellValue v = parser.parse("30,163");
        assertThat(v.number()).isEqualByComparingTo("30.163");
        assertThat(v.alternative()).isEqualByComparingTo("30163");
    }

    @Test
    void twoAmountsInOneCell() {
        CellValue v = parser.parse("29.782.832 3.000.000");
        assertThat(v.kind()).isEqualTo(ValueKind.MULTI);
        assertThat(v.amounts()).extracting(BigDecimal::longValue).containsExactly(29782832L, 3000000L);
    }

    @Test
    void proseAndRowNumbersAreText() {
        assertThat(parser.parse("Tahun 2015 sampai sekarang masih dipakai").kind()).isEqualTo(ValueKind.TEXT);
        assertThat(parser.parse("1.").kind()).isEqualTo(ValueKind.TEXT);
        assertThat(parser.parse("3 ( Tiga )").kind()).isEqualTo(ValueKind.TEXT);
    }
}
