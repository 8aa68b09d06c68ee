package id.inspektorat.lkauditor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The README's rule table is checked against {@code @RuleInfo}: every rule listed once, with its own severity, and none that does not exist. */
class ReadmeRuleTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(LK-[A-Z]+-\\d+)` \\| (ERROR|WARNING|INFO) \\|", Pattern.MULTILINE);

    @Test
    void theReadmeListsEveryRuleWithItsSeverity() throws Exception {
        Map<String, String> declared = new TreeMap<>();
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(RuleInfo.class));
        for (BeanDefinition d : scan.findCandidateComponents("id.inspektorat.lkauditor")) {
            if (String.valueOf(d.getResourceDescription()).contains("test-classes")) {
                continue; // rules the tests declare for themselves
            }
            RuleInfo info = Class.forName(d.getBeanClassName()).getAnnotation(RuleInfo.class);
            declared.put(info.id(), info.severity().name());
        }
        Map<String, String> listed = new TreeMap<>();
        Matcher m = ROW.matcher(Files.readString(Path.of("README.md")));
        while (m.find()) {
            assertThat(listed.put(m.group(1), m.group(2))).as("listed twice: " + m.group(1)).isNull();
        }
        assertThat(declared).hasSizeGreaterThan(25);
        assertThat(listed).isEqualTo(declared);
    }
}
