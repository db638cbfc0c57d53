package org.newskg.extractor.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.ExtractorVersion;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.fact.DocumentFacts;
import org.newskg.extractor.rdf.DocumentGraphBuilder;
import org.newskg.extractor.rdf.OntologyGraph;
import org.newskg.extractor.source.MetadataResolver;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceReader;
import org.newskg.extractor.store.Store;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.Org;
import org.newskg.ontology.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files into a store: each file is read, extracted and written as its own named graph in
 * one transaction. A file whose bytes and extractor version match what the store recorded is
 * skipped, so running the same ingest twice changes nothing; a changed file replaces its graph.
 * One bad file is reported and the rest go on.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private static final Map<String, String> COUNTED_TYPES = countedTypes();

    private static Map<String, String> countedTypes() {
        Map<String, String> types = new java.util.LinkedHashMap<>();
        types.put("persons", Schema.Person.getURI());
        types.put("posts", Org.Post.getURI());
        types.put("organizations", Schema.Organization.getURI());
        types.put("regions", Schema.AdministrativeArea.getURI());
        types.put("sites", Schema.Place.getURI());
        types.put("events", Schema.Event.getURI());
        return types;
    }

    private final Store store;
    private final Extractor extractor;
    private final DocumentGraphBuilder graphs = new DocumentGraphBuilder();
    private final SourceReader reader = new SourceReader();

    public Ingestor(Store store) {
        this(store, Extractor.standard());
    }

    public Ingestor(Store store, Extractor extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    public IngestReport ingest(List<Path> paths, IngestOptions options, IngestListener listener) {
        long t0 = System.nanoTime();
        List<Path> files = SourceFiles.expand(paths);
        listener.started(files.size());
        OntologyGraph.installInto(store);
        MetadataResolver metadata = new MetadataResolver(options.paper(), options.date());
        List<FileOutcome> outcomes = new ArrayList<>();
        Map<String, Set<String>> seen = new HashMap<>();
        long triples = 0;
        for (Path file : files) {
            FileOutcome outcome;
            try {
                outcome = ingestOne(file, metadata, seen);
            } catch (UserInputException e) {
                outcome = FileOutcome.failed(file, e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("extraction failed on {}", file, e);
                outcome = FileOutcome.failed(file, "internal error (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "); rerun with --debug and report it");
            }
            triples += outcome.triples();
            outcomes.add(outcome);
            listener.fileDone(outcome);
        }
        Map<String, Long> byType = new java.util.LinkedHashMap<>();
        COUNTED_TYPES.keySet().forEach(type -> byType.put(type, (long) seen.getOrDefault(type, Set.of()).size()));
        return new IngestReport(outcomes, byType, triples, Duration.ofNanos(System.nanoTime() - t0));
    }

    private FileOutcome ingestOne(Path file, MetadataResolver metadata, Map<String, Set<String>> seen) {
        Source source = metadata.resolve(file, reader.read(file, SourceMetadata.unknown()));
        String graphIri = Iris.sourceGraph(source.name());
        Optional<String> hash = store.sourceProperty(graphIri, Nkg.sha256.getURI());
        Optional<String> version = store.sourceProperty(graphIri, Nkg.extractorVersion.getURI());
        if (hash.filter(source.sha256()::equals).isPresent()
                && version.filter(ExtractorVersion.VALUE::equals).isPresent()) {
            return new FileOutcome(file, FileOutcome.Status.UNCHANGED, null, source.metadata(), 0, 0);
        }
        DocumentFacts facts = extractor.extract(source);
        Graph graph = graphs.build(facts);
        store.replaceGraph(graphIri, graph);
        countTypes(graph, seen);
        return new FileOutcome(file, FileOutcome.Status.INGESTED, null, source.metadata(),
                facts.articles().size(), graph.size());
    }

    private static void countTypes(Graph graph, Map<String, Set<String>> seen) {
        for (Map.Entry<String, String> type : COUNTED_TYPES.entrySet()) {
            Node typeNode = NodeFactory.createURI(type.getValue());
            Set<String> iris = seen.computeIfAbsent(type.getKey(), k -> new HashSet<>());
            graph.find(Node.ANY, RDF.type.asNode(), typeNode)
                    .forEachRemaining(t -> iris.add(t.getSubject().getURI()));
        }
    }
}
