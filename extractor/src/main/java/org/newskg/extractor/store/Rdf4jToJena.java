package org.newskg.extractor.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.newskg.ontology.Prefixes;

/**
 * Copies RDF4J query results into the Jena types the local store returns, so a remote answer
 * prints exactly like a local one.
 */
final class Rdf4jToJena {

    private Rdf4jToJena() {
    }

    static ResultSetRewindable rows(TupleQueryResult result) {
        List<Var> vars = result.getBindingNames().stream().map(Var::alloc).toList();
        List<Binding> rows = new ArrayList<>();
        for (BindingSet solution : result) {
            BindingBuilder row = Binding.builder();
            for (Var var : vars) {
                Value value = solution.getValue(var.getVarName());
                if (value != null) {
                    row.add(var, node(value));
                }
            }
            rows.add(row.build());
        }
        ResultSet resultSet = ResultSet.adapt(RowSetStream.create(vars, rows.iterator()));
        return ResultSetFactory.copyResults(resultSet);
    }

    static Model triples(GraphQueryResult result) {
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.standard());
        for (Statement st : result) {
            model.getGraph().add(triple(st));
        }
        return model;
    }

    static Triple triple(Statement st) {
        return Triple.create(node(st.getSubject()), node(st.getPredicate()), node(st.getObject()));
    }

    static Node node(Value value) {
        if (value.isIRI()) {
            return NodeFactory.createURI(value.stringValue());
        }
        if (value.isBNode()) {
            return NodeFactory.createBlankNode(((BNode) value).getID());
        }
        if (value.isLiteral()) {
            Literal literal = (Literal) value;
            if (literal.getLanguage().isPresent()) {
                return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
            }
            return NodeFactory.createLiteralDT(literal.getLabel(),
                    TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().stringValue()));
        }
        if (value.isTriple()) {
            org.eclipse.rdf4j.model.Triple t = (org.eclipse.rdf4j.model.Triple) value;
            return NodeFactory.createTripleNode(node(t.getSubject()), node(t.getPredicate()), node(t.getObject()));
        }
        throw new IllegalArgumentException("unknown kind of RDF term: " + value);
    }
}
