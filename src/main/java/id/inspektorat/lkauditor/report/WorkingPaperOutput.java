package id.inspektorat.lkauditor.report;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.NumberParser;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.review.ReviewedFinding;
import id.inspektorat.lkauditor.rules.Finding;
import id.inspektorat.lkauditor.vocabulary.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The auditor's working paper, {@code output/temuan.xlsx}: a summary sheet (OPDs by errors, findings
 * per rule) and a sheet per OPD with every reported finding — Indonesian headers, figures as numbers
 * (Excel shows them in the reader's own locale: 4.922.354.214 in Indonesian), the evidence image
 * linked from its row, and the verdict columns ({@code Sidik}, {@code Verdik}, {@code Pemeriksa},
 * {@code Tanggal}, {@code Catatan}) that, filled in and saved under {@code rules/verdicts/}, are read
 * back as verdicts.
 */
public final class WorkingPaperOutput implements OutputFormat {

    public static final String FILE = "temuan.xlsx";
    static final String[] HEADER = {"Dokumen", "Hlm", "Tabel", "Baris", "Nama baris", "Kolom", "Aturan", "Tingkat", "Tertulis",
            "Seharusnya", "Selisih", "Uraian", "Bukti", "Sidik", "Verdik", "Pemeriksa", "Tanggal", "Catatan"};
    private static final NumberParser PARSER = new NumberParser();

    /** Owns {@value #FILE}, rewritten whole each run: nothing stale to clean. */
    @Override
    public List<Path> write(RunReport run, Path output) throws IOException {
        Files.createDirectories(output);
        Map<String, List<AuditedDocument>> byOpd = run.byOpd();
        Path file = output.resolve(FILE);
        Path tmp = output.resolve(FILE + ".tmp");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            // no timestamp of the run inside the file
            wb.getProperties().getCoreProperties().setCreated(Optional.of(new Date(0)));
            Styles styles = new Styles(wb);
            summary(wb, styles, byOpd);
            Set<String> names = new HashSet<>();
            for (List<AuditedDocument> opdDocs : byOpd.values()) {
                if (opdDocs.stream().anyMatch(d -> !d.findings().isEmpty())) {
                    opdSheet(wb, styles, names, opdDocs, run);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(withoutTimes(bytes.toByteArray()));
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return List.of(file);
    }

    /**
     * The workbook's zip entries with one fixed time, so that the same findings give the same bytes
     * (POI stamps each entry with the time of writing).
     */
    static byte[] withoutTimes(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle whole;
        final CellStyle[] decimals = new CellStyle[5];
        final CellStyle link;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            whole = wb.createCellStyle();
            whole.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            for (int d = 1; d < decimals.length; d++) {
                decimals[d] = wb.createCellStyle();
                decimals[d].setDataFormat(wb.createDataFormat().getFormat("#,##0." + "0".repeat(d)));
            }
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link = wb.createCellStyle();
            link.setFont(blue);
        }

        CellStyle number(int d) {
            return d <= 0 ? whole : decimals[Math.min(d, decimals.length - 1)];
        }
    }

    private static void summary(XSSFWorkbook wb, Styles styles, Map<String, List<AuditedDocument>> byOpd) {
        Sheet s = wb.createSheet("Ringkasan");
        int r = 0;
        header(s.createRow(r++), styles, "OPD", "Dokumen", "ERROR", "WARNING", "INFO", "Status dokumen");
        List<Map.Entry<String, List<AuditedDocument>>> sorted = new ArrayList<>(byOpd.entrySet());
        sorted.sort(Comparator.<Map.Entry<String, List<AuditedDocument>>>comparingLong(e -> -count(e.getValue(), Severity.ERROR))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, List<AuditedDocument>> e : sorted) {
            Row row = s.createRow(r++);
            text(row, 0, e.getValue().get(0).opd());
            row.createCell(1).setCellValue(e.getValue().size());
            row.createCell(2).setCellValue(count(e.getValue(), Severity.ERROR));
            row.createCell(3).setCellValue(count(e.getValue(), Severity.WARNING));
            row.createCell(4).setCellValue(count(e.getValue(), Severity.INFO));
            text(row, 5, String.join(", ", e.getValue().stream().map(d -> d.record().status().name()).distinct().sorted().toList()));
        }
        r++;
        header(s.createRow(r++), styles, "Aturan", "Temuan");
        Map<String, Long> byRule = new TreeMap<>();
        byOpd.values().forEach(list -> list.forEach(d -> d.reported().forEach(f -> byRule.merge(f.rule(), 1L, Long::sum))));
        for (Map.Entry<String, Long> e : byRule.entrySet()) {
            Row row = s.createRow(r++);
            text(row, 0, e.getKey());
            row.createCell(1).setCellValue(e.getValue());
        }
        s.setColumnWidth(0, 60 * 256);
        s.setColumnWidth(5, 30 * 256);
    }

    private static void opdSheet(XSSFWorkbook wb, Styles styles, Set<String> names, List<AuditedDocument> docs, RunReport run) {
        String opd = docs.get(0).opd();
        String name = WorkbookUtil.createSafeSheetName(opd.length() > 28 ? opd.substring(0, 28) : opd);
        String unique = name;
        for (int k = 2; !names.add(unique.toLowerCase(Locale.ROOT)); k++) {
            unique = name.substring(0, Math.min(name.length(), 26)) + " " + k;
        }
        Sheet s = wb.createSheet(unique);
        header(s.createRow(0), styles, HEADER);
        int r = 1;
        for (AuditedDocument d : docs) {
            List<ReviewedFinding> rows = new ArrayList<>(d.findings());
            rows.sort(Comparator.<ReviewedFinding>comparingInt(x -> x.finding().page()).thenComparing(x -> x.finding().table(),
                    TableNames::compare).thenComparingInt(x -> x.finding().row()).thenComparing(x -> x.finding().rule())
                    .thenComparing(ReviewedFinding::fingerprint));
            for (ReviewedFinding rf : rows) {
                Finding f = rf.finding();
                Row row = s.createRow(r++);
                text(row, 0, d.record().path());
                row.createCell(1).setCellValue(f.page());
                text(row, 2, f.table());
                if (f.row() > 0) {
                    row.createCell(3).setCellValue(f.row());
                }
                text(row, 4, f.rowLabel());
                text(row, 5, f.column());
                text(row, 6, f.rule());
                text(row, 7, f.severity().name());
                Double reported = figure(row, 8, f.reported(), styles);
                Double expected = figure(row, 9, f.expected(), styles);
                if (reported != null && expected != null) {
                    Cell diff = row.createCell(10);
                    diff.setCellValue(reported - expected);
                    diff.setCellStyle(row.getCell(8).getCellStyle());
                }
                text(row, 11, f.message());
                String image = run.evidence(f);
                if (!image.isEmpty()) {
                    Cell c = row.createCell(12);
                    c.setCellValue("gambar");
                    Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                    link.setAddress(image); // relative to output/, where the workbook lies
                    c.setHyperlink(link);
                    c.setCellStyle(styles.link);
                }
                text(row, 13, rf.fingerprint());
                text(row, 14, rf.confirmed() ? "BENAR" : "");
                if (rf.verdict() != null) {
                    text(row, 15, rf.verdict().reviewer());
                    text(row, 16, rf.verdict().date());
                    text(row, 17, rf.verdict().note());
                }
            }
        }
        if (r > 1) {
            DataValidationHelper helper = s.getDataValidationHelper();
            DataValidation verdicts = helper.createValidation(helper.createExplicitListConstraint(new String[] {"BENAR", "SALAH"}),
                    new CellRangeAddressList(1, r - 1, 14, 14));
            verdicts.setShowErrorBox(true);
            s.addValidationData(verdicts);
            s.setAutoFilter(new CellRangeAddress(0, r - 1, 0, HEADER.length - 1));
        }
        s.createFreezePane(0, 1);
        int[] widths = {40, 6, 26, 7, 34, 30, 12, 10, 18, 18, 16, 70, 9, 20, 9, 14, 12, 40};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** A printed figure as a number cell in its own number of decimals, or as text when it is no figure. */
    private static Double figure(Row row, int col, String printed, Styles styles) {
        if (printed == null || printed.isEmpty()) {
            return null;
        }
        CellValue v = PARSER.parse(printed);
        if (v.kind() == ValueKind.NUMBER && v.number() != null) {
            Cell c = row.createCell(col);
            c.setCellValue(v.number().doubleValue());
            c.setCellStyle(styles.number(v.decimals()));
            return v.number().doubleValue();
        }
        text(row, col, printed);
        return null;
    }

    private static void text(Row row, int col, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(col).setCellValue(CsvCells.safe(value)); // safe if the sheet is saved as CSV again
        }
    }

    private static void header(Row row, Styles styles, String... names) {
        for (int c = 0; c < names.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names[c]);
            cell.setCellStyle(styles.header);
        }
    }

    private static long count(List<AuditedDocument> docs, Severity s) {
        return docs.stream().flatMap(d -> d.reported().stream()).filter(f -> f.severity() == s).count();
    }
}
