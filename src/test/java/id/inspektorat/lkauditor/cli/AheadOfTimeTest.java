package id.inspektorat.lkauditor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated bean definitions: used from a packaged jar that has them, never over an explicit choice. */
class AheadOfTimeTest {

    @Test
    void aPackagedJarWithTheGeneratedInitializerStartsFromIt() {
        assertThat(AheadOfTime.wanted(null, "jar", true)).isTrue();
    }

    @Test
    void aClassFolderOrAJarWithoutThemStartsAsUsual() {
        // tests and IDEs run from target/classes, where generated classes of an earlier package may be stale
        assertThat(AheadOfTime.wanted(null, "file", true)).isFalse();
        assertThat(AheadOfTime.wanted(null, "jar", false)).isFalse();
        assertThat(AheadOfTime.wanted(null, null, true)).isFalse();
    }

    @Test
    void anExplicitSettingStands() {
        assertThat(AheadOfTime.wanted("false", "jar", true)).isFalse();
        assertThat(AheadOfTime.wanted("true", "jar", true)).isFalse(); // already on: nothing to set
    }

    @Test
    void thisTestRunsFromAClassFolderSoItsSpringStartsAsUsual() {
        String before = System.getProperty(AheadOfTime.ENABLED);
        AheadOfTime.choose(AheadOfTimeTest.class);
        assertThat(System.getProperty(AheadOfTime.ENABLED)).isEqualTo(before);
    }
}
