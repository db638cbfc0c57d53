package org.newskg.shell.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.Org;

/**
 * When a post was held, from the tenures among the quads: the interval an article stated
 * ({@code org:memberDuring}, with {@code time:hasBeginning}/{@code time:hasEnd} instants) where
 * there is one, else the intervals the store inferred ({@code nkg:inferredDuring}, from their
 * first beginning to their last end), else the first and last days the holding was attested on,
 * over every source graph (each graph states its own). Learnt quad by quad, in any order.
 */
final class TenureDates {

    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final Node MEMBER = Org.member.asNode();
    private static final Node POST = Nkg.tenurePost.asNode();
    private static final Node FIRST = Nkg.firstAttested.asNode();
    private static final Node LAST = Nkg.lastAttested.asNode();
    private static final Node DURING = Org.memberDuring.asNode();
    private static final Node INFERRED = Nkg.inferredDuring.asNode();
    private static final Node BEGINNING = org.apache.jena.graph.NodeFactory.createURI(TIME + "hasBeginning");
    private static final Node END = org.apache.jena.graph.NodeFactory.createURI(TIME + "hasEnd");

    /**
     * @param basis {@code stated} when an article gave the interval, {@code inferred} when the
     *              store's inference did, {@code attested} when only reports date it
     */
    record Span(Node tenure, String start, String end, String basis) {
    }

    private static final class Tenure {
        Node member;
        Node post;
        String first;
        String last;
        Node interval;
        final java.util.List<Node> inferred = new java.util.ArrayList<>(1);
    }

    private final Map<Node, Tenure> tenures = new HashMap<>();
    /** Interval → its beginning and end instants; instant → its day. */
    private final Map<Node, Node[]> intervals = new HashMap<>();
    private final Map<Node, String> days = new HashMap<>();
    private Map<Holding, Span> byHolding;

    void learn(Quad q) {
        Node p = q.getPredicate();
        Node o = q.getObject();
        if (p.equals(MEMBER)) {
            tenure(q).member = o;
        } else if (p.equals(POST)) {
            tenure(q).post = o;
        } else if (p.equals(FIRST) && o.isLiteral()) {
            Tenure t = tenure(q);
            t.first = min(t.first, o.getLiteralLexicalForm());
        } else if (p.equals(LAST) && o.isLiteral()) {
            Tenure t = tenure(q);
            t.last = max(t.last, o.getLiteralLexicalForm());
        } else if (p.equals(DURING)) {
            tenure(q).interval = o;
        } else if (p.equals(INFERRED)) {
            Tenure t = tenure(q);
            if (!t.inferred.contains(o)) {
                t.inferred.add(o);
            }
        } else if (p.equals(BEGINNING)) {
            intervals.computeIfAbsent(q.getSubject(), k -> new Node[2])[0] = o;
        } else if (p.equals(END)) {
            intervals.computeIfAbsent(q.getSubject(), k -> new Node[2])[1] = o;
        } else if (p.isURI() && p.getURI().startsWith(TIME + "inXSDDate") && o.isLiteral()) {
            days.put(q.getSubject(), o.getLiteralLexicalForm());
        }
    }

    /** The span of {@code person} holding {@code post}, or null when no tenure dates it. */
    Span of(Node person, Node post) {
        if (byHolding == null) {
            byHolding = new HashMap<>();
            tenures.forEach((iri, t) -> {
                if (t.member != null && t.post != null) {
                    byHolding.put(key(t.member, t.post), span(iri, t));
                }
            });
        }
        return byHolding.get(key(person, post));
    }

    private Span span(Node iri, Tenure t) {
        Node[] interval = t.interval == null ? null : intervals.get(t.interval);
        String begins = interval == null ? null : day(interval[0]);
        String ends = interval == null ? null : day(interval[1]);
        if (begins != null || ends != null) {
            // A stated interval contains the attested days; an open end stays as far as the reports go.
            return new Span(iri, begins != null ? begins : t.first, ends != null ? ends : t.last, "stated");
        }
        String inferredStart = null;
        String inferredEnd = null;
        boolean open = false;
        for (Node i : t.inferred) {
            Node[] bounds = intervals.get(i);
            if (bounds != null && day(bounds[0]) != null) {
                inferredStart = inferredStart == null ? day(bounds[0]) : min(inferredStart, day(bounds[0]));
                String end = day(bounds[1]);
                open |= end == null;
                inferredEnd = end == null ? inferredEnd : inferredEnd == null ? end : max(inferredEnd, end);
            }
        }
        if (inferredStart != null) {
            // An interval still open is held at least as far as the last report.
            String end = open || inferredEnd == null ? (t.last == null ? inferredEnd : inferredEnd == null ? t.last : max(inferredEnd, t.last)) : inferredEnd;
            return new Span(iri, inferredStart, end, "inferred");
        }
        return new Span(iri, t.first, t.last, "attested");
    }

    private String day(Node instant) {
        if (instant == null) {
            return null;
        }
        return instant.isLiteral() ? instant.getLiteralLexicalForm() : days.get(instant);
    }

    private Tenure tenure(Quad q) {
        return tenures.computeIfAbsent(q.getSubject(), k -> new Tenure());
    }

    private static Holding key(Node person, Node post) {
        return new Holding(person, post);
    }

    private record Holding(Node person, Node post) {
    }

    private static String min(String a, String b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    private static String max(String a, String b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }
}
