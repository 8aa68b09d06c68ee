package id.inspektorat.lkauditor.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.extraction.PageText;
import id.inspektorat.lkauditor.extraction.TextLine;
import id.inspektorat.lkauditor.fixtures.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    @Test
    void holdsAWordInAnyLetterCase() {
        assertThat(NarrativeText.holdsAnyCase("Nilai SAKIP tahun 2023", "akip")).isTrue();
        assertThat(NarrativeText.holdsAnyCase("Indeks Kepuasan Masyarakat", "ikm", "kepuasan masyarakat")).isTrue();
        assertThat(NarrativeText.holdsAnyCase("semakin tinggi", "makin")).isTrue();
        assertThat(NarrativeText.holdsAnyCase("Nilai AKI P", "akip")).isFalse();
        assertThat(NarrativeText.holdsAnyCase("ak", "akip")).isFalse();
        assertThat(NarrativeText.holdsAnyCase("", "ikm")).isFalse();
    }

    /** Wherever a (?i) pattern needing the word finds it, the cheap test finds it too. */
    @Test
    void holdsWhatACaseInsensitivePatternFinds() {
        Pattern p = Pattern.compile("(?i)\\b(?:s?akip|ikm)\\b");
        int found = 0;
        for (String text : RandomTexts.of(3, 20_000, 5, "akip", "AkIp", "sAKIP", "IKM", "iKm", "ak", "ip", "i", "km", "s", " ", "-",
                "\u212aM", "\u0130km")) {
            if (p.matcher(text).find()) {
                found++;
                assertThat(NarrativeText.holdsAnyCase(text, "akip", "ikm")).as("'%s'", text).isTrue();
            }
        }
        assertThat(found).isGreaterThan(100);
    }
}
