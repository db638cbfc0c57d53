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

    private static List<String> values(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }
}
