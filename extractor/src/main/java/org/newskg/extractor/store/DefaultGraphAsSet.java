package org.newskg.extractor.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.optimize.TransformPathFlatten;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_NotOneOf;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.apache.jena.sparql.syntax.Element;

/**
 * Rewrites a query so that a server whose default graph is the multiset of all its graphs
 * (Virtuoso) answers as NewsKG's contract wants: the default graph is the <em>set</em> union of
 * the named graphs, without the server's own system graphs. Each triple pattern outside
 * {@code GRAPH} becomes {@code { SELECT DISTINCT vars { GRAPH ?g { pattern } FILTER(?g NOT IN system) } }},
 * simple property paths are first flattened into triple patterns, and {@code GRAPH ?g} skips
 * the system graphs. Arbitrary-length paths ({@code *}, {@code +}) are left as they are.
 */
final class DefaultGraphAsSet {

    private final List<Node> hiddenGraphs;

    DefaultGraphAsSet(Set<String> hiddenGraphs) {
        this.hiddenGraphs = hiddenGraphs.stream().map(NodeFactory::createURI).toList();
    }

    /** The query with its pattern rewritten; result variables and modifiers as they were. */
    Query rewrite(Query query) {
        Query rewritten = query.cloneQuery();
        if (query.isSelectType() && query.isQueryResultStar()) {
            rewritten.setQueryResultStar(false);
            query.getProjectVars().forEach(rewritten::addResultVar);
        }
        if (query.getQueryPattern() == null) {
            return rewritten;
        }
        Op op = Algebra.compile(query.getQueryPattern());
        op = Transformer.transformSkipService(new TransformPathFlatten(), op);
        op = NodeTransformLib.transform(new NamedVariables(), op);
        op = Transformer.transformSkipService(new Rewrite(), op);
        Element pattern = OpAsQuery.asElement(op);
        rewritten.setQueryPattern(pattern);
        return rewritten;
    }

    private Expr notHidden(Var graph) {
        ExprList list = new ExprList();
        hiddenGraphs.forEach(g -> list.add(NodeValue.makeNode(g)));
        return new E_NotOneOf(new ExprVar(graph), list);
    }

    private final class Rewrite extends TransformCopy {

        private int graphs;

        @Override
        public Op transform(OpBGP opBGP) {
            List<Op> parts = new ArrayList<>();
            for (Triple t : opBGP.getPattern().getList()) {
                Triple triple = t;
                Set<Var> vars = new LinkedHashSet<>();
                for (Node n : List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
                    if (n.isVariable()) {
                        vars.add((Var) n);
                    }
                }
                BasicPattern one = new BasicPattern();
                one.add(triple);
                if (vars.isEmpty()) {
                    parts.add(new OpBGP(one));
                    continue;
                }
                Var graph = Var.alloc("nkgGraph" + (++graphs));
                Op inGraphs = OpFilter.filter(notHidden(graph), new OpGraph(graph, new OpBGP(one)));
                parts.add(new OpDistinct(new OpProject(inGraphs, new ArrayList<>(vars))));
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            OpSequence sequence = OpSequence.create();
            parts.forEach(sequence::add);
            return sequence;
        }

        @Override
        public Op transform(OpGraph opGraph, Op subOp) {
            // Inside GRAPH the pattern reads one graph, a set already: the untransformed pattern is kept.
            Op kept = new OpGraph(opGraph.getNode(), opGraph.getSubOp());
            if (opGraph.getNode().isVariable() && !hiddenGraphs.isEmpty()) {
                return OpFilter.filter(notHidden((Var) opGraph.getNode()), kept);
            }
            return kept;
        }
    }

    /** Blank nodes and path steps compile to unnamed variables, which a sub-SELECT cannot project. */
    private static final class NamedVariables implements NodeTransform {

        private final Map<Var, Var> named = new HashMap<>();

        @Override
        public Node apply(Node node) {
            if (node instanceof Var var && !var.isNamedVar()) {
                return named.computeIfAbsent(var, v -> Var.alloc("nkgStep" + named.size()));
            }
            return node;
        }
    }
}
