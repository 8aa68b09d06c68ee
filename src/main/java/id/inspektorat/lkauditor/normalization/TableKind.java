package id.inspektorat.lkauditor.normalization;

/** What a table reports, so rules know which of its columns mean what (spec §2). */
public enum TableKind {
    PARTS_OF_WHOLE,
    IKU_CAPAIAN,
    HISTORY,
    AKIP_COMPONENTS,
    IKM_SURVEY,
    BUDGET,
    EFFICIENCY,
    PEER_COMPARISON,
    RATING_SCALE,
    OTHER
}
