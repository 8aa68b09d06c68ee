package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.inspektorat.lkauditor.fixtures.PdfFiles;
import id.inspektorat.lkauditor.fixtures.SampleReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DocumentLoader} opens every PDF of the samples, the training and the real reports to the same
 * objects as PDFBox's own {@code PDDocument.load}: everything reachable from the trailer, the catalog's
 * structure tree and the outline excepted, compared object by object (types, values, dictionary keys in their order,
 * array items, the raw bytes of every stream, the same object numbers). An object a tree shares with the
 * pages would be found missing here.
 */
class DocumentLoaderTest {

    private static final MemoryUsageSetting MEMORY = MemoryUsageSetting.setupMainMemoryOnly();

    @TempDir
    Path dir;

    @Test
    void opensTheSamplesToPdfBoxsObjects() throws Exception {
        SampleReports.writeAll(dir);
        Comparison c = compare(PdfFiles.under(dir));
        assertThat(c.objects()).isGreaterThan(20);
        assertThat(c.differences()).isEmpty();
    }

    @Test
    void opensTheTrainingAndRealReportsToPdfBoxsObjectsWithoutTheirTagsAndBookmarks() throws Exception {
        Comparison c = compare(PdfFiles.trainingAndReal());
        assertThat(c.documents()).isGreaterThan(20);
        assertThat(c.objects()).isGreaterThan(5_000);
        assertThat(c.differences()).isEmpty();
        // what it is for: tagged or bookmarked reports whose trees are most of the file
        assertThat(c.objectsLeftOut()).isGreaterThan(80_000);
    }

    @Test
    void aChangedObjectIsFound() throws Exception {
        SampleReports.writeAll(dir);
        Path pdf = PdfFiles.under(dir).get(0);
        try (PDDocument theirs = PDDocument.load(pdf.toFile(), "", MEMORY);
             PDDocument ours = DocumentLoader.load(pdf.toFile(), "", MEMORY)) {
            COSDictionary page = ours.getPage(0).getCOSObject();
            page.setItem(COSName.ROTATE, COSInteger.get(90));
            List<String> differences = new ArrayList<>();
            new Walk(differences).trailer(theirs.getDocument().getTrailer(), ours.getDocument().getTrailer(), pdf.toString());
            assertThat(differences).anyMatch(d -> d.contains("Rotate"));
        }
    }

    record Comparison(int documents, int objects, int objectsLeftOut, List<String> differences) {
    }

    private static Comparison compare(List<Path> pdfs) throws IOException {
        int documents = 0;
        int objects = 0;
        int leftOut = 0;
        List<String> differences = new ArrayList<>();
        for (Path pdf : pdfs) {
            try (PDDocument theirs = PDDocument.load(pdf.toFile(), "", MEMORY);
                 PDDocument ours = DocumentLoader.load(pdf.toFile(), "", MEMORY)) {
                Walk walk = new Walk(differences);
                walk.trailer(theirs.getDocument().getTrailer(), ours.getDocument().getTrailer(), pdf.getFileName().toString());
                documents++;
                objects += walk.seen.size();
                leftOut += (int) (theirs.getDocument().getObjects().stream().filter(o -> o.getObject() != null).count()
                        - ours.getDocument().getObjects().stream().filter(o -> o.getObject() != null).count());
                assertThat(ours.getNumberOfPages()).isEqualTo(theirs.getNumberOfPages());
            }
        }
        return new Comparison(documents, objects, leftOut, differences);
    }

    /** A walk of both object graphs side by side, from the trailer, noting every difference with its path. */
    private static final class Walk {

        private final List<String> differences;
        private final Set<String> seen = new HashSet<>();

        Walk(List<String> differences) {
            this.differences = differences;
        }

        void trailer(COSDictionary theirs, COSDictionary ours, String where) throws IOException {
            COSBase root = theirs.getDictionaryObject(COSName.ROOT);
            COSBase ourRoot = ours.getDictionaryObject(COSName.ROOT);
            if (root instanceof COSDictionary catalog && ourRoot instanceof COSDictionary ourCatalog) {
                // the catalog's own entries but the two trees, then the rest of the trailer
                COSDictionary without = new COSDictionary(catalog);
                COSDictionary ourWithout = new COSDictionary(ourCatalog);
                for (COSName tree : DocumentLoader.LEFT_OUT) {
                    assertThat(ourCatalog.containsKey(tree)).isEqualTo(catalog.containsKey(tree));
                    without.removeItem(tree);
                    ourWithout.removeItem(tree);
                }
                dictionary(without, ourWithout, where + " /Root");
            } else {
                differences.add(where + ": the catalog differs");
            }
            COSDictionary rest = new COSDictionary(theirs);
            rest.removeItem(COSName.ROOT);
            COSDictionary ourRest = new COSDictionary(ours);
            ourRest.removeItem(COSName.ROOT);
            dictionary(rest, ourRest, where + " trailer");
        }

        private void value(COSBase theirs, COSBase ours, String where) throws IOException {
            if (theirs instanceof COSObject t) {
                if (!(ours instanceof COSObject o) || t.getObjectNumber() != o.getObjectNumber()
                        || t.getGenerationNumber() != o.getGenerationNumber()) {
                    differences.add(where + ": reference " + t + " against " + ours);
                    return;
                }
                if (seen.add(t.getObjectNumber() + " " + t.getGenerationNumber())) {
                    value(t.getObject(), o.getObject(), where + " " + t.getObjectNumber());
                }
                return;
            }
            if (theirs == null || ours == null || theirs.getClass() != ours.getClass()) {
                if (theirs != ours) {
                    differences.add(where + ": " + theirs + " against " + ours);
                }
                return;
            }
            if (theirs instanceof COSDictionary t) {
                dictionary(t, (COSDictionary) ours, where);
            } else if (theirs instanceof COSArray t) {
                COSArray o = (COSArray) ours;
                if (t.size() != o.size()) {
                    differences.add(where + ": " + t.size() + " items against " + o.size());
                    return;
                }
                for (int i = 0; i < t.size(); i++) {
                    value(t.get(i), o.get(i), where + "[" + i + "]");
                }
            } else if (!theirs.equals(ours) || !String.valueOf(theirs).equals(String.valueOf(ours))) {
                differences.add(where + ": " + theirs + " against " + ours);
            }
        }

        private void dictionary(COSDictionary theirs, COSDictionary ours, String where) throws IOException {
            if (!new ArrayList<>(theirs.keySet()).equals(new ArrayList<>(ours.keySet()))) {
                differences.add(where + ": keys " + theirs.keySet() + " against " + ours.keySet());
                return;
            }
            for (COSName key : theirs.keySet()) {
                value(theirs.getItem(key), ours.getItem(key), where + " /" + key.getName());
            }
            if (theirs instanceof COSStream t && !Arrays.equals(raw(t), raw((COSStream) ours))) {
                differences.add(where + ": the stream's bytes differ");
            }
        }

        private static byte[] raw(COSStream stream) throws IOException {
            try (InputStream in = stream.createRawInputStream()) {
                return in.readAllBytes();
            }
        }
    }
}
