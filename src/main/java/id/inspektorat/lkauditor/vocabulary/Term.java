package id.inspektorat.lkauditor.vocabulary;

/**
 * What a header or caption says a column or table holds, and what a row's label says the row is. The
 * words that name each term live in one place, {@code rules/vocabulary.yml}; code asks for terms and
 * never tests header or label words itself. A column may carry several terms ("% Realisasi Anggaran":
 * PERCENT, REALISASI, ANGGARAN).
 */
public enum Term {
    // --- column: what the figures are ----------------------------------------------------------
    TARGET, REALISASI, CAPAIAN, ANGGARAN, SISA, PENYERAPAN, EFISIENSI, KINERJA, PERCENT, PERSENTASE, KEMAJUAN, SASARAN, RUPIAH,
    /** Amounts printed in thousands or millions: whole figures there are rounded. */
    SCALED,
    /** Row numbers, codes and years: labels, not quantities. */
    KEY,
    /** A leaf that names the whole of the columns before it (L+P, JUMLAH, TOTAL). */
    WHOLE,
    /** A leaf that starts with a total word and names what it totals ("TOTAL NILAI"). */
    TOTAL_NAMED,
    MALE, FEMALE,
    /** A part's share of the whole, in per cent (not a capaian). */
    SHARE,
    PREDIKAT, WEIGHT, WEIGHTED, SCORE, RESPONDENTS, SUBJECT, PRIOR_YEAR, PLANNING_STAGE, INTERVAL, CRITERIA, SURVEY_ELEMENT,
    PEER_NAME,
    // --- one segment of a header path: the role of a target / realisasi / capaian triple -------
    SEGMENT_TARGET, SEGMENT_REALISASI, SEGMENT_CAPAIAN,
    // --- caption (and header) topics ------------------------------------------------------------
    CAPTION_SCALE, CAPTION_RANKING, CAPTION_IKM, CAPTION_SCORE_AKIP, CAPTION_SCORE_IKM, CAPTION_PEER, CAPTION_COMPARISON, CAPTION_REVENUE, CAPTION_STAGE,
    CONTEXT_AKIP, CONTEXT_IKM, TOPIC_RESPONDENTS, TOPIC_SURVEY,
    // --- a row's label (in: label): what the row is ----------------------------------------------
    /**
     * A cell that names the AKIP score itself ("Nilai SAKIP", "Nilai Akuntabilitas Kinerja"), not a share
     * or a count about it ("Persentase SAKIP OPD kategori A", "Jumlah laporan LAKIP").
     */
    ROW_SCORE_AKIP,
    /** A cell that names the IKM itself ("Indeks Kepuasan Masyarakat"), not a share or a count about it. */
    ROW_SCORE_IKM,
    /** A budget row of one program ("Program Penunjang Urusan Pemerintahan"); two or more make a budget summary. */
    ROW_PROGRAM,
    /** The budget row of belanja operasi (with belanja modal, the parts of the OPD's whole budget). */
    ROW_BELANJA_OPERASI,
    /** The budget row of belanja modal. */
    ROW_BELANJA_MODAL,
    /** The IKM survey's NRR tertimbang row. */
    ROW_NRR_WEIGHTED,
    /** The IKM survey's result row (the IKM itself, not its NRR tertimbang). */
    ROW_IKM_VALUE,
    /** The IKM survey's mutu letter row. */
    ROW_IKM_MUTU
}
