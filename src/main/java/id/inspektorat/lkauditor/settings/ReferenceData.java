package id.inspektorat.lkauditor.settings;

import id.inspektorat.lkauditor.facts.OpdNameMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Inspektorat's own figures, from {@code rules/reference/*.csv}: the official AKIP score of each
 * OPD per year (LHE recap). A malformed file stops the start with its file, line and reason.
 */
public final class ReferenceData {

    /** One OPD's official AKIP result. */
    public record AkipScore(int year, String kabupaten, String opd, BigDecimal score, String predikat, String source,
                            String file, int line) {
    }

    private final List<AkipScore> scores;

    public ReferenceData(List<AkipScore> scores) {
        this.scores = List.copyOf(scores);
    }

    public static ReferenceData empty() {
        return new ReferenceData(List.of());
    }

    public List<AkipScore> scores() {
        return scores;
    }

    public Optional<AkipScore> akip(String opd, int year) {
        return scores.stream().filter(s -> s.year() == year && OpdNameMatcher.same(s.opd(), opd)).findFirst();
    }

    /** The OPD names the reference knows (the kabupaten's list of OPDs). */
    public List<String> opdNames() {
        return scores.stream().map(AkipScore::opd).distinct().toList();
    }

    /** The kabupaten/kota the reference lists OPDs of, as its files name them ("Batu Bara"). */
    public List<String> kabupatens() {
        return scores.stream().map(AkipScore::kabupaten).distinct().toList();
    }

    /** The OPD names the reference lists for one kabupaten/kota. */
    public List<String> opdNames(String kabupaten) {
        return scores.stream().filter(s -> s.kabupaten().equals(kabupaten)).map(AkipScore::opd).distinct().toList();
    }

    /** The reference files shipped in the jar (built from this repository's rules/reference). */
    private static final List<String> BUNDLED = List.of("lhe-akip-2023-batu-bara.csv");

    public static ReferenceData load(Path dir) {
        List<AkipScore> scores = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            for (String name : BUNDLED) {
                scores.addAll(BundledFile.read("reference/" + name, tmp -> read(tmp, "(bawaan) reference/" + name), List.of()));
            }
            return new ReferenceData(scores);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                scores.addAll(read(f, "reference/" + f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReferenceData(scores);
    }

    private static List<AkipScore> read(Path file, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw new RulesConfigException(name, 1, "berkas kosong");
        }
        List<String> header = Arrays.stream(lines.get(0).replace("\uFEFF", "").split(";", -1))
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int year = require(header, "tahun", name);
        int opd = require(header, "opd", name);
        int score = require(header, "nilai_akip", name);
        int kab = header.indexOf("kabupaten");
        int pred = header.indexOf("predikat");
        int src = header.indexOf("sumber");
        List<AkipScore> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(";", -1);
            if (cells.length < header.size()) {
                throw new RulesConfigException(name, i + 1, "baris memiliki " + cells.length + " kolom, header " + header.size());
            }
            try {
                out.add(new AkipScore(Integer.parseInt(cells[year].trim()), kab >= 0 ? cells[kab].trim() : "",
                        cells[opd].trim(), new BigDecimal(cells[score].trim().replace(',', '.')),
                        pred >= 0 ? cells[pred].trim() : "", src >= 0 ? cells[src].trim() : name, name, i + 1));
            } catch (NumberFormatException e) {
                throw new RulesConfigException(name, i + 1, "tahun atau nilai_akip bukan angka");
            }
        }
        return out;
    }

    private static int require(List<String> header, String column, String name) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new RulesConfigException(name, 1, "kolom wajib '" + column + "' tidak ada");
        }
        return i;
    }
}
