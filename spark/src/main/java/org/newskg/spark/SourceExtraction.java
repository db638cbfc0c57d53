package org.newskg.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
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
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceReader;
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

    /**
     * @param manifests   input folder URI → text of its {@code manifest.csv}
     * @param paperOption the {@code --paper} value or null
     * @param dateOption  the {@code --date} value (ISO) or null
     */
    SourceExtraction(Map<String, String> manifests, String paperOption, String dateOption) {
        this.manifests = manifests;
        this.paperOption = paperOption;
        this.dateOption = dateOption;
    }

    @Override
    public Iterator<Tuple2<String, String>> call(Iterator<String> locations) {
        MetadataResolver metadata = new MetadataResolver(paperOption, dateOption == null ? null : LocalDate.parse(dateOption));
        DocumentGraphBuilder graphs = new DocumentGraphBuilder();
        SourceReader reader = new SourceReader();
        Configuration conf = new Configuration();
        List<Tuple2<String, String>> out = new ArrayList<>();
        // Lazily, one source at a time, so a partition's quads are never all in memory at once.
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (out.isEmpty() && locations.hasNext()) {
                    out.addAll(extract(locations.next(), metadata, graphs, reader, conf));
                }
                return !out.isEmpty();
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

    private List<Tuple2<String, String>> extract(String location, MetadataResolver metadata, DocumentGraphBuilder graphs,
            SourceReader reader, Configuration conf) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        String name = path.getName();
        try {
            byte[] bytes = read(path, conf);
            Path standIn = ManifestMirror.localStandIn(path.getParent().toString(), name, manifests);
            Source source = metadata.resolve(standIn, reader.decode(name, bytes, SourceMetadata.unknown()));
            DocumentFacts facts = ExecutorExtractor.get().extract(source);
            Graph graph = graphs.build(facts);
            String graphIri = Iris.sourceGraph(source.name());
            ExtractedSource row = new ExtractedSource(ExtractedSource.Status.EXTRACTED, name, location, graphIri,
                    source.sha256(), ExtractorVersion.VALUE, facts.articles().size(), graph.size(), "");
            return List.of(new Tuple2<>(SourceOutputFormat.NQUADS, nquads(graphIri, graph)),
                    new Tuple2<>(SourceOutputFormat.MANIFEST, row.toLine()));
        } catch (UserInputException e) {
            return List.of(failed(name, location, e.getMessage()));
        } catch (IOException e) {
            return List.of(failed(name, location, "cannot read " + location + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("extraction failed on {}", location, e);
            return List.of(failed(name, location, "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    private static byte[] read(org.apache.hadoop.fs.Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        if (status.getLen() > SourceReader.DEFAULT_MAX_BYTES) {
            throw new UserInputException(path.getName() + " is " + status.getLen() / 1_000_000 + " MB, over the "
                    + SourceReader.DEFAULT_MAX_BYTES / 1_000_000 + " MB a page can be; split it into pages first.");
        }
        try (FSDataInputStream in = fs.open(path)) {
            return readAll(in);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
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
