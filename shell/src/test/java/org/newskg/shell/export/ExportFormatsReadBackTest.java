package org.newskg.shell.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every export format of the sample store, read back by a reader that is not ours. */
class ExportFormatsReadBackTest {

    @TempDir
    static Path dir;

    static SampleStore sample;

    private static final java.util.concurrent.atomic.AtomicInteger FILES = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeAll
    static void ingest() {
        sample = SampleStore.ingestedInto(dir);
    }

    private Path export(String format, String... more) {
        Path out = dir.resolve("graph-" + FILES.incrementAndGet() + "." + format);
        String[] args = new String[4 + more.length];
        args[0] = "--format";
        args[1] = format;
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        SampleStore.Run run = sample.export(args);
        assertEquals(0, run.status(), run.err());
        return out;
    }

    @ParameterizedTest
    @CsvSource({"turtle,turtle", "trig,trig", "nquads,nquads", "ntriples,ntriples", "rdfxml,rdfxml"})
    void rapperReadsTheRdfSyntaxes(String format, String rapperName) throws Exception {
        ExternalTool.require("rapper");
        Path file = export(format);
        ExternalTool.Result read = ExternalTool.run(List.of("rapper", "-c", "-i", rapperName, file.toString()), dir);
        assertEquals(0, read.status(), read.err());
        Matcher count = Pattern.compile("returned (\\d+) triples").matcher(read.err());
        assertTrue(count.find(), read.err());
        assertTrue(Integer.parseInt(count.group(1)) > 1000, read.err());
    }

    @Test
    void jenaReadsJsonLdWithItsContext() throws Exception {
        Path file = export("jsonld");
        assertTrue(Files.readString(file).contains("\"@context\""));
        Model model = RDFDataMgr.loadModel(file.toString(), Lang.JSONLD);
        assertTrue(model.size() > 1000, "triples: " + model.size());
    }

    @Test
    void turtleIsTheSameEveryTimeSoExportsDiffCleanly() throws Exception {
        Path first = export("turtle");
        String again = Files.readString(export("turtle"));
        assertEquals(Files.readString(first), again);
    }

    @Test
    void graphMlHasNodesEdgesAndDeclaredKeys() throws Exception {
        Document doc = parse(export("graphml"));
        NodeList nodes = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        NodeList edges = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
        assertTrue(nodes.getLength() > 50, "nodes: " + nodes.getLength());
        assertTrue(edges.getLength() > 50, "edges: " + edges.getLength());
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<String> nodeIds = new java.util.HashSet<>();
        NodeList keyElements = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            keys.add(((Element) keyElements.item(i)).getAttribute("id"));
        }
        for (int i = 0; i < nodes.getLength(); i++) {
            nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        NodeList data = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertTrue(keys.contains(((Element) data.item(i)).getAttribute("key")));
        }
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(nodeIds.contains(e.getAttribute("source")) && nodeIds.contains(e.getAttribute("target")));
        }
        String text = Files.readString(export("graphml"));
        assertFalse(text.contains("http://www.w3.org/ns/org#Post"), "posts are folded into edges, not drawn");
    }

    @Test
    void postsBecomePersonToOrganizationEdgesWithTheTitle() throws Exception {
        String cytoscape = Files.readString(export("cytoscape"));
        assertTrue(cytoscape.contains("\"title\": "), "a post edge carries its title");
        assertTrue(cytoscape.contains("\"predicate\": \"http://www.w3.org/ns/org#holds\""));
        assertFalse(cytoscape.contains("\"kind\": \"Post\""));
    }

    @Test
    void gexfHasNodeKindsAndLabels() throws Exception {
        Document doc = parse(export("gexf"));
        NodeList nodes = doc.getElementsByTagNameNS("http://www.gexf.net/1.2draft", "node");
        assertTrue(nodes.getLength() > 50);
        Element first = (Element) nodes.item(0);
        assertFalse(first.getAttribute("label").isEmpty());
        NodeList attributes = doc.getElementsByTagNameNS("http://www.gexf.net/1.2draft", "attribute");
        boolean kind = false;
        for (int i = 0; i < attributes.getLength(); i++) {
            kind |= ((Element) attributes.item(i)).getAttribute("title").equals("kind");
        }
        assertTrue(kind);
    }

    /** NetworkX reads the dynamic GEXF as Gephi's timeline would: posts held and events with their days. */
    @Test
    void networkxReadsTheDynamicGexfWithItsDates() throws Exception {
        // Debian's python3-networkx (what .ci/run installs) belongs to the system Python, which a
        // python3 earlier on the PATH (pyenv, a virtualenv) does not see.
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        if (!python.startsWith("/")) {
            ExternalTool.require(python);
        }
        Path script = dir.resolve("read-gexf.py");
        Files.writeString(script, """
                import sys
                try:
                    import networkx
                except ImportError:
                    print("no networkx"); sys.exit(0)
                g = networkx.read_gexf(sys.argv[1])
                posts = [a for _, _, a in g.edges(data=True) if "title" in a]
                dated = [a for a in posts if a.get("start", "") <= a.get("end", "") and a.get("start", "")[:2] == "20"]
                events = [a for _, a in g.nodes(data=True) if a.get("kind") == "Event" and "start" in a]
                print("mode=%s posts=%d dated=%d events=%d" % (g.graph.get("mode"), len(posts), len(dated), len(events)))
                """);
        ExternalTool.Result read = ExternalTool.run(List.of(python, script.toString(), export("gexf").toString()), dir);
        assertEquals(0, read.status(), read.err());
        org.junit.jupiter.api.Assumptions.assumeFalse(read.out().contains("no networkx"), "python3-networkx is not installed");
        Matcher m = Pattern.compile("mode=dynamic posts=(\\d+) dated=(\\d+) events=(\\d+)").matcher(read.out());
        assertTrue(m.find(), read.out());
        assertTrue(Integer.parseInt(m.group(1)) > 10, read.out());
        assertEquals(m.group(1), m.group(2), "every post held in the sample has attested days: " + read.out());
        assertTrue(Integer.parseInt(m.group(3)) > 5, read.out());
    }

    @Test
    void graphMlCarriesTheSameDatesAsAttributes() throws Exception {
        String graphml = Files.readString(export("graphml"));
        assertTrue(graphml.matches("(?s).*<key id=\"e_\\d+\" for=\"edge\" attr.name=\"start\".*"), "a start key for edges");
        assertTrue(graphml.contains("attr.name=\"end\""));
    }

    @Test
    void graphvizDrawsTheDotFile() throws Exception {
        ExternalTool.require("dot");
        Path file = export("dot");
        ExternalTool.Result svg = ExternalTool.run(List.of("dot", "-Tsvg", file.toString()), dir);
        assertEquals(0, svg.status(), svg.err());
        assertTrue(svg.out().contains("<svg"));
        assertTrue(svg.out().split("class=\"node\"", -1).length > 50);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
