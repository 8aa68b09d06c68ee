package id.inspektorat.lkauditor.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indonesian number words, as LK-TXT-04 reads them. */
class IndonesianNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"Seratus Delapan Puluh Tujuh,187", "delapan belas,18", "tiga ribu dua ratus,3200", "sebelas,11",
            "dua puluh satu,21", "Tiga,3", "seribu sembilan ratus,1900", "sepuluh,10"})
    void readsIndonesianNumberWords(String words, long value) {
        assertThat(IndonesianNumbers.parse(words)).hasValue(value);
    }

    @Test
    void otherWordsAreNotNumbers() {
        assertThat(IndonesianNumbers.parse("Perjanjian Kinerja")).isEmpty();
    }
}
