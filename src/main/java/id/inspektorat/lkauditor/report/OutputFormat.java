package id.inspektorat.lkauditor.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One kind of output of the run — the CSV files, the HTML pages, the working paper. A format writes
 * its own files into the output folder from the {@link RunReport} and cleans only its own stale files
 * (an OPD absent tonight must not keep last night's file); it never touches another format's files.
 * Output is deterministic: the same run gives the same bytes (no timestamps).
 */
public interface OutputFormat {

    /**
     * @param output the output folder (created when missing)
     * @return the files written, in the order written
     */
    List<Path> write(RunReport run, Path output) throws IOException;
}
