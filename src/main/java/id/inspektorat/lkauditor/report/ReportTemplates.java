package id.inspektorat.lkauditor.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker templates under {@code src/main/resources/templates/report/}, rendered with the
 * {@link ReportHtml} output format: every {@code ${...}} escaped, numbers as plain digits
 * ({@code 1234}), no locale or time zone of the machine, a template error an {@link IOException}.
 * The template sees its model as {@code page}.
 */
final class ReportTemplates {

    static final String FOLDER = "/templates/report";

    private final Configuration config;

    ReportTemplates() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setClassForTemplateLoading(ReportTemplates.class, FOLDER);
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setRecognizeStandardFileExtensions(false); // .ftlh is for editors: the format is ours, not FreeMarker's HTML
        config.setOutputFormat(ReportHtml.INSTANCE);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        config.setWhitespaceStripping(true);
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
    }

    /** Reads and parses a template into the cache (the warm-up's use: the classes of parsing loaded early). */
    void parse(String template) throws IOException {
        config.getTemplate(template);
    }

    /** @param page the template's model, a record whose components the template reads by name */
    String render(String template, Object page) throws IOException {
        Template t = config.getTemplate(template);
        StringWriter out = new StringWriter();
        try {
            t.process(Map.of("page", page), out);
        } catch (TemplateException e) {
            throw new IOException("template " + template + ": " + e.getMessage(), e);
        }
        return out.toString();
    }
}
