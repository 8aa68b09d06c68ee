package id.inspektorat.lkauditor;

import id.inspektorat.lkauditor.cli.AheadOfTime;
import id.inspektorat.lkauditor.cli.CommandLine;
import id.inspektorat.lkauditor.cli.JitBudget;
import id.inspektorat.lkauditor.cli.StartFailure;
import id.inspektorat.lkauditor.extraction.Warmup;
import id.inspektorat.lkauditor.intake.EarlyDigests;
import id.inspektorat.lkauditor.job.AuditLauncher;
import id.inspektorat.lkauditor.job.RulesVersion;
import id.inspektorat.lkauditor.launch.PdfFiles;
import id.inspektorat.lkauditor.launch.Relaunch;
import id.inspektorat.lkauditor.report.ReportWarmup;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.batch.BatchAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * {@code java -jar lk-auditor.jar [--input=DIR] [--output=DIR] [--rules=DIR] ...} ({@code --help}):
 * audits every PDF of the input folder and writes the findings. The command line and the folders are
 * checked before Spring starts. Exit code 0 when the run completed (findings or not), 1 when the run
 * failed, 2 for bad arguments, folders or settings, 3 when another run holds the output folder.
 */
@SpringBootConfiguration
@ComponentScan(excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
// the auto-configurations the job uses, named: Boot's full list is ~150 candidates read and tested at every start
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
    TransactionManagerCustomizationAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, SqlInitializationAutoConfiguration.class,
    BatchAutoConfiguration.class, ValidationAutoConfiguration.class})
@ConfigurationPropertiesScan
public class LkAuditorApplication {

    public static void main(String[] args) {
        int child = Relaunch.inChild(args, LkAuditorApplication.class); // before anything else: the launcher's JVM
        if (child >= 0) {
            System.exit(child);
        }
        JitBudget.apply(args); // first: Spring's start is the first thing C2 would waste a core on
        AheadOfTime.choose(LkAuditorApplication.class);
        Warmup.start(); // uses the core Spring's start leaves idle
        System.exit(run(args, true));
    }

    public static int run(String[] args) {
        return run(args, false);
    }

    /** @param warmReports load the report writers on a spare thread once logging is set up (the command line only) */
    private static int run(String[] args, boolean warmReports) {
        CommandLine.Parsed cli = CommandLine.parse(args);
        if (cli.error() != null) {
            System.err.println(cli.error());
            return 2;
        }
        if (cli.help()) {
            System.out.print(CommandLine.help());
            return 0;
        }
        List<String> springArgs = new ArrayList<>(cli.springArgs());
        String input = setting(springArgs, "lk.input", "input");
        String output = setting(springArgs, "lk.output", "output");
        String rules = setting(springArgs, "lk.rules", "rules");
        String data = setting(springArgs, "lk.data", null);
        if (cli.version()) {
            String version = LkAuditorApplication.class.getPackage().getImplementationVersion();
            System.out.println("LK Auditor " + (version == null ? "(dari kelas, bukan jar)" : version) + ", versi aturan "
                    + RulesVersion.of(Path.of(rules)));
            return 0;
        }
        Path in = Path.of(input);
        if (!Files.exists(in)) {
            System.err.println("Input tidak ditemukan: " + in.toAbsolutePath() + " (--input=FOLDER atau --input=BERKAS.pdf)");
            return 2;
        }
        Path out = Path.of(output);
        Path dataDir = data != null ? Path.of(data) : out.resolve(".lk-auditor");
        boolean allowEmpty = Boolean.parseBoolean(setting(springArgs, "lk.allow-empty-input", "false"));
        if (!allowEmpty && !hasPdf(in) && (hasResults(out) || Files.exists(dataDir.resolve("history.mv.db")))) {
            // a share that did not mount must not empty last night's results (nor point the nightly's latest at nothing)
            System.err.println("Input " + in.toAbsolutePath() + " tidak berisi PDF, padahal ada hasil audit sebelumnya"
                    + " (riwayat di " + dataDir.toAbsolutePath() + "); hasil itu dibiarkan. Jalankan dengan --allow-empty-input"
                    + " bila memang kosong.");
            return 2;
        }
        String unwritable = unwritable(out);
        if (unwritable != null) {
            System.err.println("Folder output tidak dapat ditulisi: " + out.toAbsolutePath() + " (" + unwritable + ")");
            return 2;
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            System.err.println("Folder data tidak dapat dibuat: " + dataDir + " (" + e.getMessage() + ")");
            return 2;
        }
        System.setProperty("lk.data-dir", dataDir.toAbsolutePath().toString());
        try (FileChannel channel = FileChannel.open(dataDir.resolve("run.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                System.err.println("Audit lain sedang berjalan pada folder " + dataDir.toAbsolutePath()
                        + "; jalankan lagi setelah audit itu selesai.");
                return 3;
            }
            if (warmReports) {
                EarlyDigests.start(in); // on the core Spring's start leaves idle, as the warm-up is
            }
            SpringApplication app = new SpringApplication(LkAuditorApplication.class);
            if (warmReports) {
                // after Spring has set up logging: POI logs while it loads, and must not meet a context without appenders
                app.addListeners((ApplicationListener<ApplicationPreparedEvent>) e -> ReportWarmup.start());
            }
            try (ConfigurableApplicationContext ctx = app.run(springArgs.toArray(String[]::new))) {
                JobExecution execution = ctx.getBean(AuditLauncher.class).run();
                return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
            }
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // mvn package's process-aot: Boot stops the start here once it has the bean definitions
        } catch (Exception e) {
            LoggerFactory.getLogger("lk.failure").error("Audit gagal", e); // the file only
            System.err.println(StartFailure.explain(e, dataDir.resolve("logs/lk-auditor.log")));
            if (cli.debug()) {
                e.printStackTrace();
            }
            return StartFailure.isSettings(e) ? 2 : 1;
        }
    }

    /** The value a {@code --setting=} argument gives (the last one wins, as in Spring), or the default. */
    private static String setting(List<String> springArgs, String name, String fallback) {
        String value = fallback;
        for (String a : springArgs) {
            if (a.startsWith("--" + name + "=")) {
                value = a.substring(name.length() + 3);
            }
        }
        return value;
    }

    private static boolean hasPdf(Path input) {
        return PdfFiles.count(input, 1) > 0;
    }

    /** An earlier run's results: documents.csv with at least one document. */
    private static boolean hasResults(Path output) {
        try {
            Path docs = output.resolve("documents.csv");
            return Files.isRegularFile(docs) && Files.readAllLines(docs, StandardCharsets.UTF_8).size() > 1;
        } catch (IOException e) {
            return false;
        }
    }

    /** Why nothing can be written in the output folder, or null: found before the audit, not after it. */
    private static String unwritable(Path output) {
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".lk-write-check", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }
}
