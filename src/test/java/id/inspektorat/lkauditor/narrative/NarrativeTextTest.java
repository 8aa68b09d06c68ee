package id.inspektorat.lkauditor.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.extraction.TextLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeTextTest {

    private static List<String> sentences(String... lines) {
        List<TextLine> l = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            l.add(new TextLine(lines[i], i * 12f, false));
        }
        return NarrativeText.sentences(List.of(new PageText(1, true, l))).stream().map(Sentence::text).toList();
    }

    @Test
    void aSentenceEndsAtAStopBeforeACapital() {
        assertThat(sentences("Capaian IKM naik menjadi 82,10. Target tahun 2024 adalah 83,00; Realisasi anggaran 95 %."))
                .containsExactly("Capaian IKM naik menjadi 82,10.", "Target tahun 2024 adalah 83,00;", "Realisasi anggaran 95 %.");
    }

    @Test
    void anAbbreviationDoesNotEndASentence() {
        assertThat(sentences("Kantor Kec. Medang Deras dipimpin oleh Drs. Ahmad dengan anggaran Rp. 1.000.000 tahun ini."))
                .containsExactly("Kantor Kec. Medang Deras dipimpin oleh Drs. Ahmad dengan anggaran Rp. 1.000.000 tahun ini.");
    }

    @Test
    void aStopBeforeALowerCaseWordOrADigitIsNoEnd() {
        assertThat(sentences("Nilai naik 2,5 poin. dan 3. Selesai.")).containsExactly("Nilai naik 2,5 poin. dan 3.", "Selesai.");
    }

    @Test
    void aYearIsFourDigitsAloneNotAThousandsFigure() {
        assertThat(NarrativeText.figures("Pada tahun 2023 sebanyak 2.028 orang dan 1.995 kendaraan, target 2024."))
                .extracting(NarrativeText.Figure::printed).containsExactly("2.028", "1.995");
    }
}
