package id.inspektorat.lkauditor.facts;

/** The report quantities printed in several places (spec §2, §8). */
public enum Quantity {
    ANGGARAN_TOTAL("total anggaran"),
    REALISASI_TOTAL("total realisasi anggaran"),
    ANGGARAN_OPERASI("anggaran belanja operasi"),
    REALISASI_OPERASI("realisasi belanja operasi"),
    ANGGARAN_MODAL("anggaran belanja modal"),
    REALISASI_MODAL("realisasi belanja modal"),
    ANGGARAN_PROGRAM("anggaran program"),
    REALISASI_PROGRAM("realisasi program"),
    TARGET_AKIP("target nilai AKIP"),
    REALISASI_AKIP("nilai AKIP"),
    CAPAIAN_AKIP("capaian nilai AKIP"),
    TARGET_IKM("target IKM"),
    REALISASI_IKM("nilai IKM"),
    CAPAIAN_IKM("capaian IKM");

    private final String label;

    Quantity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isMoney() {
        return name().startsWith("ANGGARAN") || name().startsWith("REALISASI_") && !name().endsWith("AKIP")
                && !name().endsWith("IKM");
    }
}
