package id.inspektorat.lkauditor.intake;

/** Where a document's OPD identity was taken from. */
public enum OpdSource {
    /** {@code input/<opd>/laporan.pdf} */
    FOLDER,
    /** "KECAMATAN MEDANG DERAS" on the report's title page */
    TITLE_PAGE,
    /** "Laporan Kinerja Inspektorat Kabupaten Jombang …" in the opening pages' text, when the cover names none */
    TEXT,
    /** nothing better: the file name */
    FILE_NAME
}
