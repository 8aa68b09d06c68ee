package id.inspektorat.lkauditor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line, read before Spring starts: every option with its default and meaning (for
 * {@code --help}), the short options turned into the {@code lk.*} settings they set, and each mistake
 * as one line in Indonesian that names the option and what it takes. {@code --lk.*} and
 * {@code --spring.*} settings pass through as they are.
 */
public final class CommandLine {

    /** One option: its name, the setting it sets, what it takes (empty for a switch), default, meaning. */
    public record Option(String name, String setting, String value, String defaultValue, String meaning) {
        boolean isSwitch() {
            return value.isEmpty();
        }
    }

    public static final List<Option> OPTIONS = List.of(
            new Option("input", "lk.input", "FOLDER|BERKAS.pdf", "input", "laporan yang diperiksa: folder (input/<opd>/*.pdf atau rata) atau satu PDF"),
            new Option("output", "lk.output", "FOLDER", "output", "tempat CSV, HTML dan gambar bukti"),
            new Option("rules", "lk.rules", "FOLDER", "rules", "pengaturan aturan, skala, data rujukan, verdik"),
            new Option("data", "lk.data", "FOLDER", "<output>/.lk-auditor", "riwayat H2, repositori job, log"),
            new Option("threads", "lk.threads", "N", "0 (satu per inti)", "dokumen yang diperiksa bersamaan (0-256)"),
            new Option("csv-separator", "lk.csv-separator", "; atau ,", ";", "pemisah kolom CSV"),
            new Option("password", "lk.passwords", "KATA-SANDI", "tidak ada", "kata sandi PDF terenkripsi (boleh diulang)"),
            new Option("dump-tables", "lk.dump-tables", "", "mati", "tulis setiap tabel seperti terbaca ke output/<opd>/tables/"),
            new Option("dump-text", "lk.dump-text", "", "mati", "tulis teks setiap halaman seperti terbaca ke output/<opd>/text/"),
            new Option("allow-empty-input", "lk.allow-empty-input", "", "mati",
                    "tetap jalankan bila folder input tanpa PDF padahal ada hasil sebelumnya (hasil itu akan diganti)"),
            new Option("debug", "", "", "mati", "tampilkan rincian galat (stack trace) di konsol"),
            new Option("version", "", "", "", "tampilkan versi program dan versi aturan, lalu keluar"),
            new Option("help", "", "", "", "tampilkan bantuan ini, lalu keluar"));

    /** What the command line asks for: a run with these arguments for Spring, help, version, or an error. */
    public record Parsed(List<String> springArgs, Map<String, String> values, boolean help, boolean version,
                         boolean debug, String error) {

        public String value(String option, String fallback) {
            return values.getOrDefault(option, fallback);
        }

        public boolean has(String option) {
            return values.containsKey(option);
        }
    }

    private CommandLine() {
    }

    public static Parsed parse(String[] args) {
        List<String> spring = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        boolean help = false;
        boolean version = false;
        boolean debug = false;
        for (String a : args) {
            if (a.equals("-h") || a.equals("help") || a.equals("--help") || a.equals("-?")) {
                help = true;
                continue;
            }
            if (a.equals("--version") || a.equals("-v") || a.equals("version")) {
                version = true;
                continue;
            }
            if (a.startsWith("--lk.") || a.startsWith("--spring.") || a.startsWith("--logging.")) {
                spring.add(a); // a setting, passed through as it is
                continue;
            }
            if (!a.startsWith("--")) {
                return error("Argumen tidak dikenal: '" + a + "' (opsi ditulis --nama=nilai; lihat --help)");
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Option option = find(name);
            if (option == null) {
                return error("Opsi tidak dikenal: --" + name + nearest(name) + " (lihat --help)");
            }
            if (option.isSwitch()) {
                if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    return error("Opsi --" + name + " tidak memakai nilai (tulis --" + name + " saja)");
                }
                boolean on = value == null || value.equalsIgnoreCase("true");
                if (name.equals("debug")) {
                    debug = on;
                } else if (name.equals("version")) {
                    version = on;
                } else if (name.equals("help")) {
                    help = on;
                } else {
                    values.put(name, Boolean.toString(on));
                    spring.add("--" + option.setting() + "=" + on);
                }
                continue;
            }
            if (value == null || value.isEmpty()) {
                return error("Opsi --" + name + " perlu nilai: --" + name + "=" + option.value());
            }
            String problem = check(option, value);
            if (problem != null) {
                return error(problem);
            }
            values.merge(name, value, (x, y) -> x + "," + y); // --password may be given more than once
            spring.add("--" + option.setting() + "=" + value);
        }
        return new Parsed(spring, values, help, version, debug, null);
    }

    private static Parsed error(String message) {
        return new Parsed(List.of(), Map.of(), false, false, false, message);
    }

    private static Option find(String name) {
        return OPTIONS.stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }

    private static String check(Option option, String value) {
        switch (option.name()) {
            case "threads" -> {
                try {
                    int n = Integer.parseInt(value);
                    if (n < 0 || n > 256) {
                        return "Opsi --threads perlu bilangan 0 sampai 256, bukan '" + value + "'";
                    }
                } catch (NumberFormatException e) {
                    return "Opsi --threads perlu bilangan 0 sampai 256, bukan '" + value + "'";
                }
            }
            case "csv-separator" -> {
                if (!value.equals(";") && !value.equals(",")) {
                    return "Opsi --csv-separator perlu ';' atau ',', bukan '" + value + "'";
                }
            }
            default -> {
            }
        }
        return null;
    }

    /** ", maksud Anda --input?" for the known option nearest to a misspelt one, when one is near. */
    static String nearest(String name) {
        Option best = null;
        int distance = Integer.MAX_VALUE;
        for (Option o : OPTIONS) {
            int d = distance(name.toLowerCase(Locale.ROOT), o.name());
            if (d < distance) {
                distance = d;
                best = o;
            }
        }
        return best != null && distance <= Math.max(2, best.name().length() / 3) ? "; maksud Anda --" + best.name() + "?" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The --help text: usage, every option with its default, the exit codes. */
    public static String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("LK Auditor — pemeriksa konsistensi data Laporan Kinerja\n\n");
        sb.append("Pemakaian: java -jar target/lk-auditor.jar [opsi]\n\n");
        for (Option o : OPTIONS) {
            String left = "  --" + o.name() + (o.isSwitch() ? "" : "=" + o.value());
            sb.append(String.format("%-40s %s%s%n", left, o.meaning(),
                    o.defaultValue().isEmpty() ? "" : " (bawaan: " + o.defaultValue() + ")"));
        }
        sb.append(String.format("%-40s %s%n%n", "  --lk.NAMA=NILAI", "pengaturan lain (lk.max-file-mb, lk.timeout, lk.evidence, lk.verdicts, ...)"));
        sb.append("Kode keluar: 0 selesai (ada temuan atau tidak), 1 audit gagal, 2 argumen atau folder salah,\n");
        sb.append("3 audit lain sedang memakai folder data yang sama.\n");
        return sb.toString();
    }
}
