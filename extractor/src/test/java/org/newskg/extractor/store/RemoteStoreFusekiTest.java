package org.newskg.extractor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.ingest.FileOutcome;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.IngestReport;
import org.newskg.extractor.ingest.Ingestor;

/** Round-trips the sample through a real Fuseki and checks it answers like the local TDB2 store. */
class RemoteStoreFusekiTest {

    static final Path CORPUS = Path.of("../data/corpus");

    @TempDir
    static Path localDir;

    static LoopbackFuseki fuseki;
    static Store local;
    static Store remote;
    static Extractor extractor;
    static IngestReport remoteReport;

    @BeforeAll
    static void ingestBoth() {
        fuseki = LoopbackFuseki.start();
        extractor = Extractor.standard();
        local = TdbStore.open(localDir);
        new Ingestor(local, extractor).ingest(List.of(CORPUS), IngestOptions.none(), IngestListener.SILENT);
        remote = Stores.open(fuseki.datasetUrl());
        remoteReport = new Ingestor(remote, extractor).ingest(List.of(CORPUS), IngestOptions.none(), IngestListener.SILENT);
    }

    @AfterAll
    static void stop() {
        if (remote != null) {
            remote.close();
        }
        if (local != null) {
            local.close();
        }
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Test
    void theUrlOpensARemoteStoreOnFusekisEndpoints() {
        RemoteStore store = (RemoteStore) remote;
        assertEquals(fuseki.datasetUrl() + "/query", store.endpoints().query());
        assertEquals(fuseki.datasetUrl() + "/data", store.endpoints().graphStore());
    }

    @Test
    void everyPageIsIngestedRemotely() {
        assertEquals(4, remoteReport.count(FileOutcome.Status.INGESTED), () -> "outcomes: " + remoteReport.files());
        assertTrue(remoteReport.failed().isEmpty(), () -> "failures: " + remoteReport.failed());
    }

    @Test
    void officialsAndTheirPostsAreTheSame() {
        String query = """
                SELECT ?name ?title ?orgName WHERE {
                  ?p a schema:Person ; schema:name ?name ; org:holds ?post .
                  ?post rdfs:label ?title ; org:postIn ?org . ?org schema:name ?orgName .
                }""";
        Set<String> remoteRows = rows(remote, query);
        assertEquals(rows(local, query), remoteRows);
        assertTrue(remoteRows.contains("石泰峰|内蒙古自治区党委书记|中共内蒙古自治区委员会")
                || remoteRows.stream().anyMatch(r -> r.startsWith("石泰峰|")), () -> "rows: " + remoteRows);
    }

    @Test
    void regionsAndTheirParentsAreTheSame() {
        String query = """
                SELECT ?name ?parent WHERE {
                  ?r a schema:AdministrativeArea ; schema:name ?name ; schema:containedInPlace/schema:name ?parent .
                }""";
        Set<String> remoteRows = rows(remote, query);
        assertEquals(rows(local, query), remoteRows);
        assertTrue(remoteRows.contains("赛罕区|呼和浩特市"), () -> "rows: " + remoteRows);
    }

    @Test
    void countsAreTheSame() {
        StoreStatistics remoteStats = StoreStatistics.of(remote);
        assertEquals(StoreStatistics.of(local), remoteStats);
        assertEquals(4, remoteStats.graphs());
    }

    @Test
    void resultsPrintTheSameAsLocalOnes() {
        String query = "SELECT ?name (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle ; schema:mentions ?p ."
                + " ?p a schema:Person ; schema:name ?name } GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 20";
        assertEquals(text(local, query), text(remote, query));
    }

    @Test
    void askAndConstructWork() {
        assertTrue(((QueryOutcome.Ask) remote.query("ASK { ?r schema:name \"呼和浩特市\" }")).answer());
        String construct = "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }";
        Model remoteModel = ((QueryOutcome.Triples) remote.query(construct)).model();
        Model localModel = ((QueryOutcome.Triples) local.query(construct)).model();
        assertFalse(remoteModel.isEmpty());
        assertTrue(localModel.isIsomorphicWith(remoteModel));
    }

    @Test
    void exportsAreTheSame() {
        DatasetGraph remoteQuads = quads(remote);
        DatasetGraph localQuads = quads(local);
        assertEquals(6, remoteQuads.size(), "four source graphs, the ontology's and the inferred tenures'");
        assertEquals(sortedQuads(localQuads), sortedQuads(remoteQuads));

        Model remoteUnion = triples(remote);
        assertTrue(triples(local).isIsomorphicWith(remoteUnion));
    }

    @Test
    void aSecondRemoteIngestSkipsUnchangedFiles() {
        IngestReport again = new Ingestor(remote, extractor).ingest(List.of(CORPUS), IngestOptions.none(), IngestListener.SILENT);
        assertEquals(4, again.count(FileOutcome.Status.UNCHANGED), () -> "outcomes: " + again.files());
        assertEquals(StoreStatistics.of(local), StoreStatistics.of(remote));
    }

    @Test
    void malformedQueriesAreRefusedBeforeTheyLeave() {
        UserInputException e = assertThrows(UserInputException.class, () -> remote.query("SELECT ?x WHERE { ?x"));
        assertTrue(e.getMessage().startsWith("malformed SPARQL"), e.getMessage());
    }

    @Test
    void aServerThatIsNotThereIsOneLine() {
        UserInputException e = assertThrows(UserInputException.class, () -> Stores.open("http://127.0.0.1:1/newskg"));
        assertEquals("cannot reach http://127.0.0.1:1/newskg/query: connection refused; is the server running?", e.getMessage());
    }

    private static Set<String> rows(Store store, String query) {
        ResultSetRewindable rs = ((QueryOutcome.Select) store.query(query)).rows();
        Set<String> rows = new TreeSet<>();
        List<String> vars = rs.getResultVars();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            List<String> cells = new ArrayList<>();
            for (String var : vars) {
                var node = row.get(var);
                cells.add(node == null ? "" : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
            }
            rows.add(String.join("|", cells));
        }
        return rows;
    }

    private static String text(Store store, String query) {
        return ResultSetFormatter.asText(((QueryOutcome.Select) store.query(query)).rows());
    }

    private static DatasetGraph quads(Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(RDFFormat.NQUADS, null, out);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(out.toByteArray()), Lang.NQUADS);
        return dsg;
    }

    private static Model triples(Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(RDFFormat.TURTLE_PRETTY, null, out);
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(out.toByteArray()), Lang.TURTLE);
        return model;
    }

    private static Set<String> sortedQuads(DatasetGraph dsg) {
        Set<String> quads = new TreeSet<>();
        dsg.find().forEachRemaining(q -> quads.add(q.toString()));
        return quads;
    }
}
