package org.newskg.extractor.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.newskg.ontology.Prefixes;

/**
 * Puts nodes into fixed query texts as data, never as text: the nodes become an inline
 * {@code VALUES} block of the parsed query, and Jena's serialiser writes them back escaped.
 */
public final class QueryTemplates {

    private QueryTemplates() {
    }

    /**
     * The template with {@code VALUES ?variable { nodes }} as the first element of its pattern, so
     * the engine starts from the given nodes instead of scanning the store and joining at the end.
     */
    public static String withValues(String template, String variable, Collection<Node> nodes) {
        Query query = QueryFactory.create(Prefixes.sparqlPrologue() + template);
        Var var = Var.alloc(variable);
        List<Binding> rows = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            rows.add(BindingFactory.binding(var, node));
        }
        ElementGroup group = (ElementGroup) query.getQueryPattern();
        group.getElements().add(0, new ElementData(List.of(var), rows));
        return query.serialize();
    }
}
