package id.inspektorat.lkauditor.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inspektorat.lkauditor.settings.RulesConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictsTest {

    @TempDir
    Path rules;

    private void write(String name, String text) throws IOException {
        Path f = rules.resolve("verdicts").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void noFolderMeansNoVerdicts() {
        assertThat(Verdicts.load(rules).size()).isZero();
    }

    @Test
    void readsTheVerdictColumnsByName() throws IOException {
        write("2026-12.csv", "\uFEFFfingerprint;verdict;reviewer;date;note\r\n"
                + "0123456789abcdef;SALAH;Budi;2026-12-01;kolom satuan ikut dijumlah\r\n"
                + "0123456789abcdef-2;benar;Sari;01/12/2026;\"dihitung ulang; selisih 40.000.000\"\r\n");
        Verdicts v = Verdicts.load(rules);
        assertThat(v.size()).isEqualTo(2);
        Verdict no = v.of("0123456789abcdef").orElseThrow();
        assertThat(no.kind()).isEqualTo(Verdict.Kind.SALAH);
        assertThat(no.reviewer()).isEqualTo("Budi");
        assertThat(no.note()).isEqualTo("kolom satuan ikut dijumlah");
        assertThat(no.source()).isEqualTo("verdicts/2026-12.csv:2");
        Verdict yes = v.of("0123456789abcdef-2").orElseThrow();
        assertThat(yes.kind()).isEqualTo(Verdict.Kind.BENAR);
        assertThat(yes.note()).isEqualTo("dihitung ulang; selisih 40.000.000");
    }

    @Test
    void anExportedFindingsCsvWithItsVerdictColumnFilledInIsReadAsItIs() throws IOException {
        write("sub/ekspor.csv", "opd;document;rule;reported;fingerprint;verdict\r\n"
                + "Dinas A;a.pdf;LK-TOT-01;'-5;fedcba9876543210;SALAH\r\n"
                + "Dinas A;a.pdf;LK-TOT-01;7;1111111111111111;\r\n");
        Verdicts v = Verdicts.load(rules);
        assertThat(v.size()).isEqualTo(1); // the row without a verdict is not reviewed yet
        assertThat(v.of("fedcba9876543210").orElseThrow().reviewer()).isEmpty();
    }

    @Test
    void theWorkingPapersIndonesianHeadersNameTheSameColumns() throws IOException {
        write("dari-excel.csv", "Dokumen;Sidik;Verdik;Pemeriksa;Tanggal;Catatan\na.pdf;0123456789abcdef;SALAH;Budi;01/12/2026;sel gabungan\n");
        Verdict v = Verdicts.load(rules).of("0123456789abcdef").orElseThrow();
        assertThat(v.kind()).isEqualTo(Verdict.Kind.SALAH);
        assertThat(v.reviewer()).isEqualTo("Budi");
        assertThat(v.note()).isEqualTo("sel gabungan");
    }

    @Test
    void commaSeparatedFilesAreReadToo() throws IOException {
        write("koma.csv", "fingerprint,verdict,reviewer,date,note\n0123456789abcdef,BENAR,Budi,2026-12-01,ok\n");
        assertThat(Verdicts.load(rules).of("0123456789abcdef")).isPresent();
    }

    @Test
    void aVerdictOtherThanBenarOrSalahNamesItsFileAndLine() throws IOException {
        write("a.csv", "fingerprint;verdict;reviewer;date;note\n0123456789abcdef;BENAR;;;\n1111111111111111;MUNGKIN;;;\n");
        assertThatThrownBy(() -> Verdicts.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessage("verdicts/a.csv:3: verdict 'MUNGKIN' harus BENAR atau SALAH");
    }

    @Test
    void aMissingColumnAFingerprintOfAnotherShapeAndABadDateAreRefused() throws IOException {
        write("a.csv", "kode;verdict\n0123456789abcdef;BENAR\n");
        assertThatThrownBy(() -> Verdicts.load(rules)).hasMessageStartingWith("verdicts/a.csv:1: kolom 'fingerprint' tidak ada");
        write("a.csv", "fingerprint;verdict\n0123456789abcdef;BENAR\nLK-TOT-01;SALAH\n");
        assertThatThrownBy(() -> Verdicts.load(rules)).hasMessageStartingWith("verdicts/a.csv:3: sidik 'lk-tot-01' bukan sidik");
        write("a.csv", "fingerprint;verdict;reviewer;date\n0123456789abcdef;BENAR;Budi;kemarin\n");
        assertThatThrownBy(() -> Verdicts.load(rules)).hasMessageStartingWith("verdicts/a.csv:2: tanggal 'kemarin'");
    }

    @Test
    void twoFilesThatDisagreeOnAFindingAreRefused() throws IOException {
        write("a.csv", "fingerprint;verdict\n0123456789abcdef;BENAR\n");
        write("b.csv", "fingerprint;verdict\n\n0123456789abcdef;SALAH\n");
        assertThatThrownBy(() -> Verdicts.load(rules)).isInstanceOf(RulesConfigException.class)
                .hasMessage("verdicts/b.csv:3: sidik 0123456789abcdef bernilai SALAH di sini tetapi BENAR di verdicts/a.csv:2");
    }
}
