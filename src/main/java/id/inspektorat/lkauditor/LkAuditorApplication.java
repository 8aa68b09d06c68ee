package id.inspektorat.lkauditor;

import id.inspektorat.lkauditor.job.AuditLauncher;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar lk-auditor.jar [--input=DIR] [--output=DIR] [--rules=DIR]}: audits every PDF of
 * the input folder and writes the findings. Exit code 0 when the run completed (findings or not),
 * 1 when the run failed, 2 for bad arguments, 3 when another run holds the output folder.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LkAuditorApplication {

    /** Short options accepted on the command line, and the settings they set. */
    private static final Map<String, String> SHORT = Map.of(
            "input", "lk.input", "output", "lk.output", "rules", "lk.rules", "data", "lk.data",
            "threads", "lk.threads", "csv-separator", "lk.csv-separator", "password", "lk.passwords",
            "dump-tables", "lk.dump-tables", "dump-text", "lk.dump-text");

    public static void main(String[] args) {
        id.inspektorat.lkauditor.extraction.Warmup.start(); // uses the core Spring's start leaves idle
        System.exit(run(args));
    }

    public static int run(String[] args) {
        List<String> springArgs = new ArrayList<>();
        String output = "output";
        String data = null;
        for (String a : args) {
            String arg = a.equals("--dump-tables") ? "--dump-tables=true" : a.equals("--dump-text") ? "--dump-text=true" : a;
            String given = arg;
            for (Map.Entry<String, String> e : SHORT.entrySet()) {
                if (given.startsWith("--" + e.getKey() + "=")) {
                    arg = "--" + e.getValue() + given.substring(e.getKey().length() + 2);
                }
            }
            if (arg.startsWith("--lk.output=")) {
                output = arg.substring("--lk.output=".length());
            } else if (arg.startsWith("--lk.data=")) {
                data = arg.substring("--lk.data=".length());
            }
            springArgs.add(arg);
        }
        Path dataDir = data != null ? Path.of(data) : Path.of(output).resolve(".lk-auditor");
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
            SpringApplication app = new SpringApplication(LkAuditorApplication.class);
            try (ConfigurableApplicationContext ctx = app.run(springArgs.toArray(String[]::new))) {
                JobExecution execution = ctx.getBean(AuditLauncher.class).run();
                return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
            }
        } catch (Exception e) {
            System.err.println("Audit gagal: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
    }
}
