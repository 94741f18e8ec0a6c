package io.innovation.pipeline.idea.stream;

import io.innovation.pipeline.idea.domain.SimilarIdea;
import io.innovation.pipeline.idea.domain.TextSimilarity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The open ideas as an in-memory Apache Lucene index, for "is this idea already there?". Lucene analyses the text
 * (English stemming and stop words) and finds candidates by BM25; each candidate is then scored by
 * {@link TextSimilarity#cosine} of its term vector against the query's, so the score is comparable across queries
 * and can be held against a fixed threshold. The title counts twice: it says what the idea is about in few words.
 *
 * <p>Thread-safe: writes go to one {@link IndexWriter}, reads to the newest searcher, refreshed on the first read
 * after a write.
 */
public final class SimilarIdeasIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    /** How many BM25 candidates are re-scored by cosine: enough that a close idea is never cut off before scoring. */
    private static final int CANDIDATES = 50;
    private static final FieldType TEXT_WITH_VECTORS = textWithVectors();

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean changed = new AtomicBoolean();

    public SimilarIdeasIndex() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the idea, or replaces what was indexed for it. */
    public void put(String ideaId, String title, String problem) {
        Document document = new Document();
        document.add(new StringField(ID, ideaId, Field.Store.YES));
        document.add(new StoredField(TITLE, title));
        document.add(new Field(TEXT, text(title, problem), TEXT_WITH_VECTORS));
        try {
            writer.updateDocument(new Term(ID, ideaId), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed.set(true);
    }

    /** Takes the idea out (withdrawn, merged): it is no longer offered as similar. */
    public void remove(String ideaId) {
        try {
            writer.deleteDocuments(new Term(ID, ideaId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed.set(true);
    }

    /**
     * The indexed ideas closest to a title and problem, closest first, at least {@code minScore}, at most
     * {@code limit}; {@code excludingId} (the idea itself, when asking about an indexed idea) is left out.
     */
    public List<SimilarIdea> similarTo(String title, String problem, int limit, double minScore, String excludingId) {
        Map<String, Long> queryTerms = terms(text(title, problem));
        if (queryTerms.isEmpty() || limit <= 0) {
            return List.of();
        }
        IndexSearcher searcher = acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            long documents = reader.numDocs();
            Map<String, Double> queryVector = new HashMap<>();
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (Map.Entry<String, Long> term : queryTerms.entrySet()) {
                Term indexed = new Term(TEXT, term.getKey());
                queryVector.put(term.getKey(), TextSimilarity.weight(term.getValue(), reader.docFreq(indexed), documents));
                query.add(new TermQuery(indexed), BooleanClause.Occur.SHOULD);
            }
            List<SimilarIdea> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), CANDIDATES + 1).scoreDocs) {
                Document document = searcher.storedFields().document(hit.doc);
                String id = document.get(ID);
                if (Objects.equals(id, excludingId)) {
                    continue;
                }
                double score = TextSimilarity.cosine(queryVector, documentVector(reader, hit.doc, documents));
                if (score >= minScore) {
                    found.add(new SimilarIdea(id, document.get(TITLE), score));
                }
            }
            found.sort(Comparator.comparingDouble(SimilarIdea::score).reversed().thenComparing(SimilarIdea::ideaId));
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** How many ideas are indexed (as the next read sees them). */
    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexSearcher acquire() {
        try {
            if (changed.getAndSet(false)) {
                searchers.maybeRefreshBlocking();
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> documentVector(IndexReader reader, int doc, long documents) throws IOException {
        Map<String, Double> vector = new HashMap<>();
        Terms terms = reader.termVectors().get(doc, TEXT);
        if (terms == null) {
            return vector;
        }
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            long documentFrequency = reader.docFreq(new Term(TEXT, BytesRef.deepCopyOf(term)));
            vector.put(term.utf8ToString(), TextSimilarity.weight(iterator.totalTermFreq(), documentFrequency, documents));
        }
        return vector;
    }

    /** The analysed terms of a text with how often each occurs. */
    private Map<String, Long> terms(String text) {
        Map<String, Long> terms = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.merge(term.toString(), 1L, Long::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static String text(String title, String problem) {
        String safeTitle = title == null ? "" : title;
        return safeTitle + "\n" + safeTitle + "\n" + (problem == null ? "" : problem);
    }

    private static FieldType textWithVectors() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }
}
