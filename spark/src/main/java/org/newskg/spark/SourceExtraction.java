package org.newskg.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.newskg.extractor.ExtractorVersion;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.fact.DocumentFacts;
import org.newskg.extractor.load.ExtractedSource;
import org.newskg.extractor.rdf.DocumentGraphBuilder;
import org.newskg.extractor.source.MetadataResolver;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.RecordColumns;
import org.newskg.extractor.source.SourceReader;
import org.newskg.extractor.source.SourceRecord;
import org.newskg.extractor.source.SourceRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The task of {@code mapPartitions}: each source file of the partition is read, extracted by the
 * executor's one extractor and turned into N-Quads of its own named graph, exactly as ingest
 * would store it; its manifest line goes with it. A source that fails yields only a manifest line
 * with the reason, and the partition goes on. Only serialisable settings are captured; the
 * extractor and graph builder live on the executor.
 */
final class SourceExtraction implements PairFlatMapFunction<Iterator<String>, String, String>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SourceExtraction.class);

    private final Map<String, String> manifests;
    private final String paperOption;
    private final String dateOption;
    private final String columnsOrNull;

    /**
     * @param manifests   input folder URI → text of its {@code manifest.csv}
     * @param paperOption the {@code --paper} value or null
     * @param dateOption  the {@code --date} value (ISO) or null
     * @param columns     the {@code --columns} of header-less rows (THUCNews: {@code label,text}), or null
     */
    SourceExtraction(Map<String, String> manifests, String paperOption, String dateOption, String columns) {
        this.manifests = manifests;
        this.paperOption = paperOption;
        this.dateOption = dateOption;
        this.columnsOrNull = columns;
    }

    @Override
    public Iterator<Tuple2<String, String>> call(Iterator<String> locations) {
        MetadataResolver metadata = new MetadataResolver(paperOption, dateOption == null ? null : LocalDate.parse(dateOption));
        DocumentGraphBuilder graphs = new DocumentGraphBuilder();
        SourceRecords reader = new SourceRecords(columnsOrNull == null ? null : RecordColumns.parse(columnsOrNull),
                SourceReader.DEFAULT_MAX_BYTES);
        Configuration conf = new Configuration();
        List<Tuple2<String, String>> out = new ArrayList<>();
        // Lazily, one source at a time, so neither a partition's quads nor a large file's records are all in memory.
        return new Iterator<>() {
            private LocalFile file;
            private Iterator<SourceRecord> records = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (out.isEmpty()) {
                    if (records.hasNext()) {
                        out.addAll(extract(records.next(), file, metadata, graphs));
                    } else if (locations.hasNext()) {
                        closeFile();
                        String location = locations.next();
                        try {
                            file = LocalFile.of(location, manifests, conf);
                            Stream<SourceRecord> stream = reader.read(file.path());
                            file.onClose(stream);
                            records = stream.iterator();
                        } catch (IOException | UncheckedIOException e) {
                            records = java.util.Collections.emptyIterator();
                            out.add(failed(new org.apache.hadoop.fs.Path(location).getName(), location,
                                    "cannot read " + location + ": " + e.getMessage()));
                        }
                    } else {
                        closeFile();
                        return false;
                    }
                }
                return true;
            }

            private void closeFile() {
                if (file != null) {
                    file.close();
                    file = null;
                }
            }

            @Override
            public Tuple2<String, String> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return out.remove(0);
            }
        };
    }

    private static List<Tuple2<String, String>> extract(SourceRecord record, LocalFile file, MetadataResolver metadata,
            DocumentGraphBuilder graphs) {
        String location = file.location() + (record.origin() == null ? "" : " line " + record.origin().line());
        if (record.failed()) {
            return List.of(failed(record.name(), location, record.problem()));
        }
        try {
            Source source = metadata.resolve(record.file(), record.source());
            DocumentFacts facts = ExecutorExtractor.get().extract(source);
            Graph graph = graphs.build(facts);
            String graphIri = Iris.sourceGraph(source.name());
            ExtractedSource row = new ExtractedSource(ExtractedSource.Status.EXTRACTED, source.name(), location, graphIri,
                    source.sha256(), ExtractorVersion.VALUE, facts.articles().size(), graph.size(), "");
            return List.of(new Tuple2<>(SourceOutputFormat.NQUADS, nquads(graphIri, graph)),
                    new Tuple2<>(SourceOutputFormat.MANIFEST, row.toLine()));
        } catch (UserInputException e) {
            return List.of(failed(record.name(), location, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("extraction failed on {}", location, e);
            return List.of(failed(record.name(), location, "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    private static Tuple2<String, String> failed(String name, String location, String reason) {
        ExtractedSource row = new ExtractedSource(ExtractedSource.Status.FAILED, name, location, "", "",
                ExtractorVersion.VALUE, 0, 0, reason == null ? "" : reason);
        return new Tuple2<>(SourceOutputFormat.MANIFEST, row.toLine());
    }

    /** The graph's triples as N-Quads lines of its named graph, without the last newline. */
    static String nquads(String graphIri, Graph graph) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        Node g = NodeFactory.createURI(graphIri);
        writer.start();
        graph.find().forEachRemaining(t -> writer.quad(Quad.create(g, t)));
        writer.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
