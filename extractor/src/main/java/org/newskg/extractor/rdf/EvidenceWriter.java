package org.newskg.extractor.rdf;

import static org.newskg.extractor.rdf.Nodes.add;
import static org.newskg.extractor.rdf.Nodes.offset;
import static org.newskg.extractor.rdf.Nodes.plain;
import static org.newskg.extractor.rdf.Nodes.uri;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.fact.ArticleFacts;
import org.newskg.extractor.layout.Page;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.source.Source;
import org.newskg.ontology.Nif;
import org.newskg.ontology.Nkg;

/**
 * Writes the evidence of one source file in NIF 2.0: a node per cited mention with its code-point
 * offsets into the file's decoded text, its text and its sentence; a node per sentence that holds a
 * cited mention, with its text once. One writer serves one file's graph.
 */
final class EvidenceWriter {

    private final Graph g;
    private final Source source;
    private final Page page;
    private final Node context;
    private final Set<Node> sentencesWritten = new HashSet<>();

    EvidenceWriter(Graph g, Source source, Page page, Node sourceNode) {
        this.g = g;
        this.source = source;
        this.page = page;
        this.context = sourceNode;
        // The file is the NIF context of its mentions; its text is not copied (nkg:sha256 names it).
        add(g, sourceNode, uri(RDF.type), uri(Nif.Context));
    }

    /**
     * The mention's node, written with its sentence; null for a mention the extractor could not
     * place on the page (it has no offsets to cite).
     */
    Node mention(Mention m, ArticleFacts facts, Node article) {
        if (m.start() < 0 || m.end() <= m.start()) {
            return null;
        }
        SourceSpan span = SourceSpan.of(page, m.start(), m.end());
        Node node = uri(Iris.span(source.name(), span.begin(), span.end()));
        add(g, node, uri(RDF.type), uri(Nkg.Mention));
        add(g, node, uri(Nif.referenceContext), context);
        add(g, node, uri(Nif.beginIndex), offset(span.begin()));
        add(g, node, uri(Nif.endIndex), offset(span.end()));
        add(g, node, uri(Nif.anchorOf), plain(m.text()));
        add(g, node, uri(Nif.sentence), sentence(facts, article, m.start()));
        return node;
    }

    /** The mention's node, naming {@code entity}; null as for {@link #mention}. */
    Node mentionOf(Mention m, Node entity, ArticleFacts facts, Node article) {
        Node node = mention(m, facts, article);
        if (node != null && entity != null) {
            add(g, node, uri(Nif.taIdentRef), entity);
        }
        return node;
    }

    private Node sentence(ArticleFacts facts, Node article, int at) {
        int[] range = SentenceSpans.containing(page.text(), facts.sentences(), at);
        SourceSpan span = SourceSpan.of(page, range[0], range[1]);
        Node node = uri(Iris.span(source.name(), span.begin(), span.end()));
        if (sentencesWritten.add(node)) {
            add(g, node, uri(RDF.type), uri(Nif.Sentence));
            add(g, node, uri(Nif.referenceContext), context);
            add(g, node, uri(Nif.beginIndex), offset(span.begin()));
            add(g, node, uri(Nif.endIndex), offset(span.end()));
            add(g, node, uri(Nif.anchorOf), plain(page.text().substring(range[0], range[1])));
            add(g, node, uri(Nkg.inArticle), article);
        }
        return node;
    }
}
