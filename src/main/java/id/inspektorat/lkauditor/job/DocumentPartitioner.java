package id.inspektorat.lkauditor.job;

import id.inspektorat.lkauditor.history.AuditHistory;
import id.inspektorat.lkauditor.history.DocumentRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * One partition per document of the job instance, named by its history row: a restart keeps the rows,
 * so its partitions match the first attempt's and only the unfinished ones run again.
 */
final class DocumentPartitioner implements Partitioner {

    static final String DOCUMENT_ID = "documentId";
    static final String DOCUMENT_COUNT = "documentCount";

    private final AuditHistory history;
    private final long instance;

    DocumentPartitioner(AuditHistory history, long instance) {
        this.history = history;
        this.instance = instance;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new HashMap<>();
        List<DocumentRecord> docs = history.documents(instance);
        for (DocumentRecord d : docs) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putLong(DOCUMENT_ID, d.id());
            ctx.putInt(DOCUMENT_COUNT, docs.size());
            partitions.put("document-" + d.id(), ctx);
        }
        return partitions;
    }
}
