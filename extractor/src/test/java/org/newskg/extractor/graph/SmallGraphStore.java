package org.newskg.extractor.graph;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.extractor.store.TdbStore;
import org.newskg.ontology.Prefixes;

/**
 * A TDB2 store of two invented sources written by hand in the contract's shape: a person holding
 * a post in an organization (with its tenure), a second person, an article mentioning both, an
 * event, and a mention with its sentence; small enough that every neighbourhood can be counted.
 */
final class SmallGraphStore {

    static final String ID = "http://newskg.org/id/";
    static final String PERSON = ID + "person/林晓川";
    static final String OTHER = ID + "person/白若溪";
    static final String ORG = ID + "org/云岭市发展委员会";
    static final String POST = ID + "post/云岭市发展委员会主任";
    static final String TENURE = ID + "tenure/林晓川/云岭市发展委员会主任";
    static final String ARTICLE_1 = ID + "article/a.txt/1";
    static final String ARTICLE_2 = ID + "article/b.txt/1";
    static final String REGION = ID + "region/云岭市";
    static final String MENTION = ID + "source/a.txt#offset_10_13";

    private static final String FIRST = """
            nkgid:person/林晓川 a schema:Person ; schema:name "林晓川" ; skos:altLabel "林主任"@zh ; rdfs:label "林晓川"@zh ;
                org:holds nkgid:post/云岭市发展委员会主任 .
            nkgid:post/云岭市发展委员会主任 a org:Post ; rdfs:label "云岭市发展委员会主任"@zh ; org:postIn nkgid:org/云岭市发展委员会 .
            nkgid:org/云岭市发展委员会 a schema:Organization ; schema:name "云岭市发展委员会" ; schema:location nkgid:region/云岭市 .
            nkgid:region/云岭市 a schema:AdministrativeArea ; schema:name "云岭市" .
            nkgid:tenure/林晓川/云岭市发展委员会主任 a nkg:Tenure ; org:member nkgid:person/林晓川 ;
                nkg:tenurePost nkgid:post/云岭市发展委员会主任 ; org:organization nkgid:org/云岭市发展委员会 ;
                nkg:firstAttested "2022-03-01"^^xsd:date ; nkg:lastAttested "2022-03-01"^^xsd:date .
            <http://newskg.org/id/article/a.txt/1> a schema:NewsArticle ; schema:headline "云岭市召开发展工作会议" ;
                schema:datePublished "2022-03-01"^^xsd:date ;
                schema:mentions nkgid:person/林晓川 , nkgid:org/云岭市发展委员会 , nkgid:person/白若溪 .
            nkgid:person/白若溪 a schema:Person ; schema:name "白若溪" .
            <http://newskg.org/id/source/a.txt#offset_10_13> a nkg:Mention ; itsrdf:taIdentRef nkgid:person/林晓川 .
            """;

    private static final String SECOND = """
            nkgid:person/林晓川 a schema:Person ; schema:name "林晓川" ; org:holds nkgid:post/云岭市发展委员会主任 .
            nkgid:post/云岭市发展委员会主任 a org:Post ; rdfs:label "云岭市发展委员会主任"@zh ; org:postIn nkgid:org/云岭市发展委员会 .
            nkgid:tenure/林晓川/云岭市发展委员会主任 a nkg:Tenure ; org:member nkgid:person/林晓川 ;
                nkg:tenurePost nkgid:post/云岭市发展委员会主任 ;
                nkg:firstAttested "2022-05-09"^^xsd:date ; nkg:lastAttested "2022-05-09"^^xsd:date .
            <http://newskg.org/id/article/b.txt/1> a schema:NewsArticle ; schema:headline "云岭市发展委员会调研" ;
                schema:datePublished "2022-05-09"^^xsd:date ; schema:mentions nkgid:person/林晓川 .
            """;

    private SmallGraphStore() {
    }

    static TdbStore open(Path dir) {
        TdbStore store = TdbStore.open(dir);
        store.replaceGraph(ID + "graph/a.txt", parse(FIRST));
        store.replaceGraph(ID + "graph/b.txt", parse(SECOND));
        return store;
    }

    private static Graph parse(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        // Turtle 1.1 reads SPARQL's PREFIX lines as they are.
        // Turtle's local names may not hold '/': nkgid:person/X is written out in full.
        String full = turtle.replaceAll("nkgid:([^\\s;,.]+)", "<" + ID + "$1>");
        RDFParser.fromString(Prefixes.sparqlPrologue() + full).lang(Lang.TURTLE).parse(graph);
        return graph;
    }
}
