package org.newskg.shell.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** GraphML, which yEd, Cytoscape and Gephi read; every attribute is declared as a string key. */
public final class GraphMlWriter implements GraphToolWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public void write(PropertyGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            Map<String, String> nodeKeys = keys(xml, "node", "label", "kind", "iri", graph.nodeAttributeNames());
            Map<String, String> edgeKeys = keys(xml, "edge", "label", null, null, graph.edgeAttributeNames());
            newline(xml, 1);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "newskg");
            xml.writeAttribute("edgedefault", "directed");
            for (PropertyGraph.Node n : graph.nodes()) {
                newline(xml, 2);
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.id());
                data(xml, nodeKeys.get("label"), n.label());
                data(xml, nodeKeys.get("kind"), n.kind());
                data(xml, nodeKeys.get("iri"), n.iri());
                attributes(xml, nodeKeys, n.attributes());
                xml.writeEndElement();
            }
            for (PropertyGraph.Edge e : graph.edges()) {
                newline(xml, 2);
                xml.writeStartElement("edge");
                xml.writeAttribute("id", e.id());
                xml.writeAttribute("source", e.source());
                xml.writeAttribute("target", e.target());
                data(xml, edgeKeys.get("label"), e.label());
                attributes(xml, edgeKeys, e.attributes());
                xml.writeEndElement();
            }
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    /** Declares the keys of one element kind; key ids are short because GraphML ids must be NMTOKENs. */
    private static Map<String, String> keys(XMLStreamWriter xml, String forElement, String label, String kind,
                                            String iri, Iterable<String> names) throws XMLStreamException {
        Map<String, String> ids = new LinkedHashMap<>();
        String prefix = forElement.substring(0, 1) + "_";
        for (String fixed : new String[] {label, kind, iri}) {
            if (fixed != null) {
                ids.put(fixed, prefix + fixed);
            }
        }
        int i = 0;
        for (String name : names) {
            ids.putIfAbsent(name, prefix + i++);
        }
        for (Map.Entry<String, String> key : ids.entrySet()) {
            newline(xml, 1);
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", key.getValue());
            xml.writeAttribute("for", forElement);
            xml.writeAttribute("attr.name", key.getKey());
            xml.writeAttribute("attr.type", "string");
        }
        return ids;
    }

    private static void attributes(XMLStreamWriter xml, Map<String, String> keys, SortedMap<String, String> values)
            throws XMLStreamException {
        for (Map.Entry<String, String> a : values.entrySet()) {
            data(xml, keys.get(a.getKey()), a.getValue());
        }
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(XmlText.allowed(value));
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
