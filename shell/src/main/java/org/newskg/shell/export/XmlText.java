package org.newskg.shell.export;

/** Text as XML 1.0 allows it: the stream writer escapes markup but passes forbidden characters through. */
final class XmlText {

    private XmlText() {
    }

    static String allowed(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            sb.appendCodePoint(ok ? cp : 0xFFFD);
        });
        return sb.toString();
    }
}
