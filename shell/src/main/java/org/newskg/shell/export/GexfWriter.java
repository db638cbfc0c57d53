package org.newskg.shell.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.2 for Gephi: node kind and IRI as declared attributes, so Gephi can colour and filter by
 * them, and a dynamic graph: events, articles, posts held and parts in events carry {@code start}
 * and {@code end} days, so Gephi's timeline plays who held what when. Undated nodes and edges
 * are there all the time.
 */
public final class GexfWriter implements GraphToolWriter {

    private static final String NS = "http://www.gexf.net/1.2draft";

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.2");
            newline(xml, 1);
            xml.writeStartElement("meta");
            xml.writeStartElement("creator");
            xml.writeCharacters("NewsKG");
            xml.writeEndElement();
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("timeformat", "date");
            Map<String, String> nodeAttributes = declare(xml, "node", withoutTime(graph.nodeAttributeNames()), "kind", "iri");
            Map<String, String> edgeAttributes = declare(xml, "edge", withoutTime(graph.edgeAttributeNames()));
            newline(xml, 2);
            xml.writeStartElement("nodes");
            for (PropertyGraph.Node n : graph.nodes()) {
                newline(xml, 3);
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.id());
                xml.writeAttribute("label", XmlText.allowed(n.label()));
                time(xml, n.attributes());
                SortedMap<String, String> values = withoutTime(n.attributes());
                values.put("kind", n.kind());
                values.put("iri", n.iri());
                attValues(xml, nodeAttributes, values);
                xml.writeEndElement();
            }
            newline(xml, 2);
            xml.writeEndElement();
            newline(xml, 2);
            xml.writeStartElement("edges");
            for (PropertyGraph.Edge e : graph.edges()) {
                newline(xml, 3);
                xml.writeStartElement("edge");
                xml.writeAttribute("id", e.id());
                xml.writeAttribute("source", e.source());
                xml.writeAttribute("target", e.target());
                xml.writeAttribute("label", XmlText.allowed(e.label()));
                time(xml, e.attributes());
                attValues(xml, edgeAttributes, withoutTime(e.attributes()));
                xml.writeEndElement();
            }
            newline(xml, 2);
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    /** The element's own {@code start} and {@code end}, where Gephi's timeline reads them. */
    private static void time(XMLStreamWriter xml, Map<String, String> attributes) throws XMLStreamException {
        for (String bound : TIME) {
            if (attributes.containsKey(bound)) {
                xml.writeAttribute(bound, attributes.get(bound));
            }
        }
    }

    private static final java.util.List<String> TIME = java.util.List.of("start", "end");

    private static java.util.SortedSet<String> withoutTime(java.util.SortedSet<String> names) {
        java.util.SortedSet<String> rest = new java.util.TreeSet<>(names);
        rest.removeAll(TIME);
        return rest;
    }

    private static SortedMap<String, String> withoutTime(SortedMap<String, String> attributes) {
        SortedMap<String, String> rest = new java.util.TreeMap<>(attributes);
        TIME.forEach(rest::remove);
        return rest;
    }

    private static Map<String, String> declare(XMLStreamWriter xml, String forClass, Iterable<String> names,
                                               String... first) throws XMLStreamException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : first) {
            ids.put(name, forClass.charAt(0) + Integer.toString(ids.size()));
        }
        for (String name : names) {
            ids.putIfAbsent(name, forClass.charAt(0) + Integer.toString(ids.size()));
        }
        newline(xml, 2);
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", forClass);
        for (Map.Entry<String, String> a : ids.entrySet()) {
            newline(xml, 3);
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", a.getValue());
            xml.writeAttribute("title", a.getKey());
            xml.writeAttribute("type", "string");
        }
        newline(xml, 2);
        xml.writeEndElement();
        return ids;
    }

    private static void attValues(XMLStreamWriter xml, Map<String, String> ids, SortedMap<String, String> values)
            throws XMLStreamException {
        if (values.isEmpty()) {
            return;
        }
        xml.writeStartElement("attvalues");
        for (Map.Entry<String, String> v : values.entrySet()) {
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", ids.get(v.getKey()));
            xml.writeAttribute("value", XmlText.allowed(v.getValue()));
        }
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
