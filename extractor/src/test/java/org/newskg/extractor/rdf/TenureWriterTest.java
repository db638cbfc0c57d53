package org.newskg.extractor.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newskg.extractor.entity.Iris;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.Org;
import org.newskg.ontology.Time;

class TenureWriterTest {

    @Test
    void oneFileStatesOneTenureWithTheFirstAndLastDateOfItsArticles() {
        Graph g = GraphFactory.createDefaultGraph();
        TenureWriter tenures = new TenureWriter(g);
        Node person = NodeFactory.createURI(Iris.person("王莉霞"));
        Node post = NodeFactory.createURI(Iris.post("内蒙古自治区主席"));
        for (int[] article : new int[][] {{1, 19}, {2, 7}, {3, 12}}) {
            tenures.attest("王莉霞", person, "内蒙古自治区主席", post, null,
                    NodeFactory.createURI(Iris.article("f.txt", article[0])), LocalDate.of(2022, 2, article[1]), List.of());
        }
        tenures.attest("王莉霞", person, "内蒙古自治区主席", post, null,
                NodeFactory.createURI(Iris.article("f.txt", 4)), null, List.of());
        tenures.writeDates();

        Node tenure = NodeFactory.createURI(Iris.tenure("王莉霞", "内蒙古自治区主席"));
        assertEquals(List.of("2022-02-07"), values(g, tenure, Nkg.firstAttested.asNode()));
        assertEquals(List.of("2022-02-19"), values(g, tenure, Nkg.lastAttested.asNode()));
        assertEquals(4, g.find(tenure, Nkg.attestedBy.asNode(), Node.ANY).toList().size());
    }

    @Test
    void aFormerHoldingIsAttestedAsPastAndNeverExtendsTheTenureToTheArticle() {
        Graph g = GraphFactory.createDefaultGraph();
        TenureWriter tenures = new TenureWriter(g);
        Node person = NodeFactory.createURI(Iris.person("赵立民"));
        Node post = NodeFactory.createURI(Iris.post("国防部部长"));
        tenures.attest("赵立民", person, "国防部部长", post, null, NodeFactory.createURI(Iris.article("f.txt", 1)),
                LocalDate.of(2023, 1, 5), List.of());
        tenures.attest("赵立民", person, "国防部部长", post, null, NodeFactory.createURI(Iris.article("f.txt", 2)),
                LocalDate.of(2024, 6, 1), List.of(), new TenureWriter.Holding(true, false, false, null, null));
        tenures.writeDates();
        Node tenure = NodeFactory.createURI(Iris.tenure("赵立民", "国防部部长"));
        assertEquals(List.of("2023-01-05"), values(g, tenure, Nkg.lastAttested.asNode()));
        assertEquals(List.of("2024-06-01"), values(g, tenure, Nkg.attestedFormerOn.asNode()));
    }

    @Test
    void anAppointmentStartsAndARemovalEndsTheStatedInterval() {
        Graph g = GraphFactory.createDefaultGraph();
        TenureWriter tenures = new TenureWriter(g);
        Node person = NodeFactory.createURI(Iris.person("张建国"));
        Node post = NodeFactory.createURI(Iris.post("商务部部长"));
        tenures.attest("张建国", person, "商务部部长", post, null, NodeFactory.createURI(Iris.article("f.txt", 1)),
                LocalDate.of(2023, 3, 13), List.of(),
                new TenureWriter.Holding(false, false, false, "appointed", LocalDate.of(2023, 3, 12)));
        tenures.attest("张建国", person, "商务部部长", post, null, NodeFactory.createURI(Iris.article("f.txt", 2)),
                LocalDate.of(2024, 5, 1), List.of(), new TenureWriter.Holding(false, false, false, "removed", null));
        Node tenure = NodeFactory.createURI(Iris.tenure("张建国", "商务部部长"));
        Node interval = g.find(tenure, Org.memberDuring.asNode(), Node.ANY).next().getObject();
        Node begin = g.find(interval, Time.hasBeginning.asNode(), Node.ANY).next().getObject();
        Node end = g.find(interval, Time.hasEnd.asNode(), Node.ANY).next().getObject();
        assertEquals(List.of("2023-03-12"), values(g, begin, Time.inXSDDate.asNode()));
        assertEquals(List.of("2024-05-01"), values(g, end, Time.inXSDDate.asNode()));
        assertEquals(2, g.find(Node.ANY, Nkg.changeOf.asNode(), tenure).toList().size());
    }

    private static List<String> values(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }
}
