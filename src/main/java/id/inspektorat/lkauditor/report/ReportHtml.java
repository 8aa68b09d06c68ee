package id.inspektorat.lkauditor.report;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * The HTML templates' output format: every {@code ${...}} is escaped ({@code < > & " '}), and control
 * characters from a PDF (other than line break and tab) become spaces. FreeMarker's own HTML format
 * escapes the same five characters the same way but keeps control characters. The one place the HTML
 * escaping rule lives.
 */
final class ReportHtml extends CommonMarkupOutputFormat<ReportHtml.Markup> {

    static final ReportHtml INSTANCE = new ReportHtml();

    private ReportHtml() {
    }

    /** Text made safe for an HTML element or a double- or single-quoted attribute. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    @Override
    public String getName() {
        return "LK-HTML";
    }

    @Override
    public String getMimeType() {
        return "text/html";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("html") || builtInName.equals("xml") || builtInName.equals("xhtml");
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** A piece of HTML already escaped or written by the template. */
    static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public ReportHtml getOutputFormat() {
            return INSTANCE;
        }
    }
}
