package id.inspektorat.lkauditor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes what the tool read on each page, {@code output/<opd>/text/<document>-p<N>.txt}: the running
 * text and the table rows (cells separated by " | "), top to bottom. An auditor checking a text
 * finding reads what the rules read; the differential test reads it against PDFBox.
 */
public final class TextDumpWriter {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFD&&[^\\t]]");

    public void write(Path output, String opd, String document, Map<Integer, List<String>> pages) throws IOException {
        Path dir = TableDumpWriter.dumpFolder(output, opd, "text", document, "txt");
        String doc = TableDumpWriter.documentSlug(document);
        for (Map.Entry<Integer, List<String>> page : pages.entrySet()) {
            StringBuilder sb = new StringBuilder();
            for (String line : page.getValue()) {
                sb.append(CONTROL.matcher(line).replaceAll("")).append('\n');
            }
            Files.writeString(dir.resolve(doc + "-p" + page.getKey() + ".txt"), sb.toString(), StandardCharsets.UTF_8);
        }
    }
}
