package id.inspektorat.lkauditor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Loads the xlsx writer (POI, XMLBeans and the OOXML schemas, ~800 classes) and the HTML templates
 * on a spare thread while Spring starts, instead of at the end of the run, where the write step
 * would load them on the critical path (0,7 s of an empty run). Nothing it makes is kept; if it
 * fails, the run is as it was. Off with {@code -Dlk.warmup=false}.
 */
public final class ReportWarmup {

    private static final String[] TEMPLATES = {"index.ftlh", "opd.ftlh"};

    private ReportWarmup() {
    }

    public static void start() {
        if ("false".equals(System.getProperty("lk.warmup"))) {
            return;
        }
        Thread t = new Thread(ReportWarmup::run, "warmup-report");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Ringkasan");
            CellStyle style = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            style.setFont(bold);
            style.setWrapText(true);
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue("Dokumen");
            row.getCell(0).setCellStyle(style);
            row.createCell(1).setCellValue(1.5);
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, 1));
            style.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            wb.write(out);
            ReportTemplates templates = new ReportTemplates();
            for (String name : TEMPLATES) {
                templates.parse(name);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // a warm-up that fails costs nothing but its time
        }
    }
}
