package id.inspektorat.lkauditor.extraction;

import id.inspektorat.lkauditor.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The running text of a page outside its tables, and whether the page has a text layer at all. */
public record PageText(int page, boolean hasTextLayer, List<TextLine> lines) {

    public PageText {
        lines = List.copyOf(lines);
    }

    /** The page's running text as one string: lines joined, words broken with a hyphen rejoined. */
    public String flowingText() {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) {
            String t = l.text();
            if (sb.length() > 0) {
                if (sb.charAt(sb.length() - 1) == '-' && sb.length() > 1 && Character.isLetter(sb.charAt(sb.length() - 2))
                        && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                    sb.setLength(sb.length() - 1);
                } else {
                    sb.append(' ');
                }
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** Where the first line printing each of these phrases (tried in order, case and spacing ignored) sits. */
    public Optional<Box> lineWith(String... phrases) {
        for (String phrase : phrases) {
            String wanted = flat(phrase);
            if (wanted.isEmpty()) {
                continue;
            }
            Optional<Box> box = lines.stream().filter(l -> l.box() != null && flat(l.text()).contains(wanted))
                    .map(TextLine::box).findFirst();
            if (box.isPresent()) {
                return box;
            }
        }
        return Optional.empty();
    }

    private static String flat(String s) {
        return Texts.collapse(s.toLowerCase(Locale.ROOT)).trim();
    }
}
