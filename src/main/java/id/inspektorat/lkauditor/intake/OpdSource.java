package id.inspektorat.lkauditor.intake;

/** Where a document's OPD identity was taken from. */
public enum OpdSource {
    /** {@code input/<opd>/laporan.pdf} */
    FOLDER,
    /** "KECAMATAN MEDANG DERAS" on the report's title page */
    TITLE_PAGE,
    /** nothing better: the file name */
    FILE_NAME
}
