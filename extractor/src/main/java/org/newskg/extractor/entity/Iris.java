package org.newskg.extractor.entity;

import java.nio.charset.StandardCharsets;
import org.newskg.ontology.Nkg;

/**
 * Mints the IRIs of everything NewsKG writes. IRIs depend only on canonical names, codes and file
 * names, never on the order of ingestion, so the same page ingested twice gives the same triples
 * and a person named in two pages is one node.
 */
public final class Iris {

    private Iris() {
    }

    public static String sourceGraph(String fileName) {
        return Nkg.ID + "graph/" + segment(fileName);
    }

    public static String source(String fileName) {
        return Nkg.ID + "source/" + segment(fileName);
    }

    public static String article(String fileName, int index) {
        return Nkg.ID + "article/" + segment(fileName) + "/" + index;
    }

    public static String event(String fileName, int articleIndex, int eventIndex) {
        return Nkg.ID + "event/" + segment(fileName) + "/" + articleIndex + "/" + eventIndex;
    }

    public static String participation(String eventIri, int index) {
        return eventIri + "/participant/" + index;
    }

    public static String person(String name) {
        return Nkg.ID + "person/" + segment(name);
    }

    /** A region by division code where the gazetteer knows it, else by name. */
    public static String region(String code, String name) {
        return code != null && !code.isBlank()
                ? Nkg.ID + "region/" + segment(code)
                : Nkg.ID + "region/" + segment(name);
    }

    /**
     * A region the gazetteer does not list (a village found by its grammar): its name is unique
     * only inside the region it lies in, so that region's code is part of its identity.
     */
    public static String localRegion(String parentCode, String name) {
        return Nkg.ID + "region/" + segment(parentCode) + "/" + segment(name);
    }

    public static String site(String name) {
        return Nkg.ID + "site/" + segment(name);
    }

    public static String organization(String name) {
        return Nkg.ID + "org/" + segment(name);
    }

    /** A post is identified by its full title, which names its organization (内蒙古自治区党委书记). */
    public static String post(String fullTitle) {
        return Nkg.ID + "post/" + segment(fullTitle);
    }

    /** A person's holding of a post over time; the same in every source graph that attests it. */
    public static String tenure(String personName, String fullTitle) {
        return Nkg.ID + "tenure/" + segment(personName) + "/" + segment(fullTitle);
    }

    /**
     * A span of a source file, in NIF's offset scheme: code points of the decoded text,
     * {@code [begin, end)}. Mentions and sentences share it; one span is one node.
     */
    public static String span(String fileName, int begin, int end) {
        return source(fileName) + "#offset_" + begin + "_" + end;
    }

    /**
     * Percent-encodes what may not stand in an IRI path segment, keeping Chinese and other
     * letters readable (IRIs, RFC 3987, allow them).
     */
    static String segment(String raw) {
        int first = 0;
        while (first < raw.length()) {
            int cp = raw.codePointAt(first);
            if (!isKept(cp)) {
                break;
            }
            first += Character.charCount(cp);
        }
        if (first == raw.length()) {
            return raw; // the usual case: names, codes and file names need no escape
        }
        StringBuilder sb = new StringBuilder(raw.length() + 16).append(raw, 0, first);
        raw.codePoints().skip(raw.codePointCount(0, first)).forEach(cp -> {
            if (isKept(cp)) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return sb.toString();
    }

    private static boolean isKept(int cp) {
        return Character.isLetterOrDigit(cp) && (cp > 0x7f || isAsciiUnreserved(cp))
                || cp == '-' || cp == '.' || cp == '_' || cp == '~' || cp == '·';
    }

    private static boolean isAsciiUnreserved(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
}
