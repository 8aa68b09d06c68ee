package id.inspektorat.lkauditor.facts;

import id.inspektorat.lkauditor.normalization.CellValue;
import id.inspektorat.lkauditor.normalization.Column;
import id.inspektorat.lkauditor.normalization.Row;
import id.inspektorat.lkauditor.normalization.Table;
import id.inspektorat.lkauditor.normalization.ValueKind;
import id.inspektorat.lkauditor.text.Texts;
import id.inspektorat.lkauditor.understanding.CapaianColumns;
import id.inspektorat.lkauditor.understanding.TableShape;
import id.inspektorat.lkauditor.vocabulary.Term;
import id.inspektorat.lkauditor.vocabulary.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the report's key quantities out of its normalized tables, with where each was printed:
 * budget totals, belanja operasi and modal, per program (from tables that summarise the OPD's
 * budget), and the target, realisasi and capaian of the AKIP and IKM indicators per year, for the
 * report's own OPD and for the peers it quotes. What a row is (a program, belanja operasi, the AKIP
 * score, …) its label says by the row terms of {@code rules/vocabulary.yml}. Immutable: one extractor
 * serves every document of a run.
 */
public final class FactExtractor {

    private static final Pattern LEADING_NUMBERING = Pattern.compile("^[\\d.\\s'-]+");
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,3}\\.?");
    private static final Pattern NOT_WORD_CHAR = Pattern.compile("[^a-z0-9 ]");

    private final Vocabulary vocabulary;

    /** @param vocabulary the run's vocabulary ({@code RulesSettings.vocabulary()}) */
    public FactExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public List<Fact> facts(List<Table> tables, String ownOpd, int reportYear) {
        List<Fact> facts = new ArrayList<>();
        for (Table t : tables) {
            if (t.columns().stream().anyMatch(c -> TableShape.isAmountColumn(t, c))) {
                budget(t, facts, reportYear);
            } else {
                performance(t, ownOpd, reportYear, facts);
            }
        }
        return facts;
    }

    // --- budget -----------------------------------------------------------------------------------

    private void budget(Table t, List<Fact> facts, int year) {
        Optional<Column> anggaran = t.columns().stream().filter(c -> TableShape.isAmountColumn(t, c) && isAnggaran(c)).findFirst();
        Optional<Column> realisasi = t.columns().stream().filter(c -> TableShape.isAmountColumn(t, c) && isRealisasi(c))
                .reduce((a, b) -> b.has(Term.TOTAL_NAMED) ? b : a);
        // the OPD's whole budget: several programs, or belanja operasi and modal (a table of one
        // program's kegiatan has a JUMLAH too, but it is that program's)
        long programs = t.rows().stream().map(FactExtractor::label).filter(l -> vocabulary.names(Term.ROW_PROGRAM, l))
                .distinct().count();
        boolean types = t.rows().stream().anyMatch(r -> vocabulary.names(Term.ROW_BELANJA_OPERASI, label(r)))
                && t.rows().stream().anyMatch(r -> vocabulary.names(Term.ROW_BELANJA_MODAL, label(r)));
        boolean summary = programs >= 2 || types;
        for (Row r : t.rows()) {
            String l = label(r);
            Quantity a = null;
            Quantity re = null;
            String detail = "";
            if (r.total() && !TableShape.isNamedTotal(r) && summary) {
                a = Quantity.ANGGARAN_TOTAL;
                re = Quantity.REALISASI_TOTAL;
            } else if (vocabulary.names(Term.ROW_BELANJA_OPERASI, l)) {
                a = Quantity.ANGGARAN_OPERASI;
                re = Quantity.REALISASI_OPERASI;
            } else if (vocabulary.names(Term.ROW_BELANJA_MODAL, l)) {
                a = Quantity.ANGGARAN_MODAL;
                re = Quantity.REALISASI_MODAL;
            } else if (vocabulary.names(Term.ROW_PROGRAM, l) && !r.total()) {
                a = Quantity.ANGGARAN_PROGRAM;
                re = Quantity.REALISASI_PROGRAM;
                detail = l;
            }
            if (a == null) {
                continue;
            }
            add(facts, a, detail, "", year, t, r, anggaran);
            add(facts, re, detail, "", year, t, r, realisasi);
        }
    }

    private static void add(List<Fact> facts, Quantity q, String detail, String subject, int year, Table t, Row r,
                            Optional<Column> column) {
        if (column.isEmpty()) {
            return;
        }
        CellValue v = r.get(column.get().index());
        if (v.isNumber()) {
            facts.add(new Fact(q, detail, subject, year, v, t, r, column.get()));
        }
    }

    private static boolean isAnggaran(Column c) {
        boolean money = c.has(Term.ANGGARAN) || c.has(Term.TARGET) && c.has(Term.RUPIAH);
        return money && !c.hasAny(Term.REALISASI, Term.SISA, Term.PERCENT);
    }

    private static boolean isRealisasi(Column c) {
        return c.has(Term.REALISASI) && !c.hasAny(Term.SISA, Term.PERCENT, Term.KINERJA);
    }

    /** The row's name, lower case, without numbering, dashes or extra spaces. */
    static String label(Row r) {
        for (CellValue v : r.values()) {
            if (v.kind() == ValueKind.TEXT && !v.printed().isBlank() && !LIST_NUMBER.matcher(v.printed()).matches()) {
                String unnumbered = LEADING_NUMBERING.matcher(v.printed().toLowerCase(Locale.ROOT)).replaceAll("");
                return Texts.collapse(NOT_WORD_CHAR.matcher(unnumbered).replaceAll(" ")).trim();
            }
        }
        return "";
    }

    // --- performance ------------------------------------------------------------------------------

    private void performance(Table t, String ownOpd, int reportYear, List<Fact> facts) {
        Optional<Column> subjectColumn = t.column(c -> c.has(Term.SUBJECT));
        boolean yearColumns = t.columns().stream().anyMatch(c -> c.year() > 0);
        // a peer table whose rows name only whom they are about: its caption names the score
        Term byCaption = subjectColumn.isEmpty() ? null
                : t.captionHas(Term.CAPTION_SCORE_AKIP) ? Term.ROW_SCORE_AKIP
                : t.captionHas(Term.CAPTION_SCORE_IKM) ? Term.ROW_SCORE_IKM : null;
        Term indicator = byCaption;
        for (Row r : t.dataRows()) {
            Term found = indicator(r.values().stream().filter(v -> v.kind() == ValueKind.TEXT)
                    .map(v -> v.printed().toLowerCase(Locale.ROOT)).toList());
            if (found != null) {
                indicator = found;
            } else if (subjectColumn.isEmpty()) {
                indicator = null; // only peer rows under a merged indicator cell inherit it
            }
            if (indicator == null) {
                continue;
            }
            String subject = "";
            if (subjectColumn.isPresent()) {
                String name = r.get(subjectColumn.get().index()).printed();
                if (!name.isBlank() && !OpdNameMatcher.same(name, ownOpd)) {
                    subject = OpdNameMatcher.core(name);
                }
            }
            Set<String> taken = new HashSet<>();
            for (Column c : t.columns()) {
                CapaianColumns.Role role = CapaianColumns.role(c);
                CellValue v = r.get(c.index());
                int year = c.year() > 0 ? c.year() : (yearColumns ? 0 : relativeYear(c, reportYear));
                if (role == null || year == 0 || !taken.add(role + "|" + year)) {
                    continue; // a second "% Capaian" in the row belongs to another level (the kegiatan's)
                }
                if (!v.isNumber()) {
                    continue;
                }
                if (role == CapaianColumns.Role.CAPAIAN) {
                    if (v.grade() != null) {
                        role = CapaianColumns.Role.REALISASI; // "Capaian 2019 | B (65,00)" is a score
                    } else if (!isRatioColumn(t, c, year)) {
                        continue; // "Capaian 2020 | 77,50": a score or a ratio? Not sure, so not a fact
                    }
                }
                if (plausible(role, v)) {
                    facts.add(new Fact(quantity(indicator, role), "", subject, year, v, t, r, c));
                }
            }
        }
    }

    /** AKIP and IKM scores lie in 20–100, capaian in 1–300 %: anything else is another quantity. */
    private static boolean plausible(CapaianColumns.Role role, CellValue v) {
        BigDecimal n = v.number();
        return role == CapaianColumns.Role.CAPAIAN
                ? n.compareTo(BigDecimal.ONE) >= 0 && n.compareTo(BigDecimal.valueOf(300)) <= 0
                : n.compareTo(BigDecimal.valueOf(20)) >= 0 && n.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    /**
     * The indicator a row names in one of its cells: the AKIP score ({@link Term#ROW_SCORE_AKIP}), the
     * IKM ({@link Term#ROW_SCORE_IKM}), or none. "Persentase SAKIP OPD kategori A", "Jumlah laporan
     * LAKIP" are a share or a count about the score, not the score (the terms' {@code not-after}).
     */
    private Term indicator(List<String> cells) {
        for (String cell : cells) {
            if (vocabulary.names(Term.ROW_SCORE_AKIP, cell)) {
                return Term.ROW_SCORE_AKIP;
            }
            if (vocabulary.names(Term.ROW_SCORE_IKM, cell)) {
                return Term.ROW_SCORE_IKM;
            }
        }
        return null;
    }

    /** A capaian column is a ratio when it says % or when the table has that year's target or realisasi. */
    private static boolean isRatioColumn(Table t, Column c, int year) {
        if (c.hasAny(Term.PERCENT, Term.PERSENTASE, Term.KEMAJUAN)) {
            return true;
        }
        return t.columns().stream().anyMatch(o -> o != c && (o.year() == year || o.year() == 0 && c.year() == 0)
                && (CapaianColumns.role(o) == CapaianColumns.Role.TARGET || CapaianColumns.role(o) == CapaianColumns.Role.REALISASI));
    }

    private static Quantity quantity(Term indicator, CapaianColumns.Role role) {
        boolean akip = indicator == Term.ROW_SCORE_AKIP;
        return switch (role) {
            case TARGET -> akip ? Quantity.TARGET_AKIP : Quantity.TARGET_IKM;
            case REALISASI -> akip ? Quantity.REALISASI_AKIP : Quantity.REALISASI_IKM;
            case CAPAIAN -> akip ? Quantity.CAPAIAN_AKIP : Quantity.CAPAIAN_IKM;
        };
    }

    /**
     * The year a column without a year stands for: the report's, or the one its header counts back
     * from it ("Realisasi Th. (n-1)" is last year's, never this year's).
     */
    static int relativeYear(Column c, int reportYear) {
        int back = c.yearsBack();
        return back == 0 || reportYear == 0 ? reportYear : reportYear - back;
    }
}
