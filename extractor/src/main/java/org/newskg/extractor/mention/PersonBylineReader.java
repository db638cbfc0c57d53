package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the names a byline lists after 记者, 实习生 or 通讯员 ({@code （记者 X）},
 * {@code 本报记者X Y}, {@code 通讯员X摄}). A byline names people whether or not their names look
 * Chinese, so Mongolian and other names HanLP cuts up are taken whole up to the byline's end.
 */
final class PersonBylineReader {

    /** Longest name taken without HanLP's help; longer runs are ordinary text after 记者. */
    private static final int MAX_UNSEEN_NAME = 6;

    private final List<String> markers;
    /** Whether some marker begins with the character: most text characters begin none. */
    private final boolean[] startsSome = new boolean[Character.MAX_VALUE + 1];

    PersonBylineReader(List<String> markers) {
        // Longest first, so 摄影记者 is not read as 摄影 followed by a name 记者.
        this.markers = markers.stream().sorted((a, b) -> b.length() - a.length()).toList();
        for (String marker : this.markers) {
            if (!marker.isEmpty()) {
                startsSome[marker.charAt(0)] = true;
            }
        }
    }

    List<PersonCandidate> read(String text, List<PersonCandidate> hanlpNames) {
        List<PersonCandidate> found = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            String marker = markerAt(text, at);
            if (marker == null) {
                continue;
            }
            List<PersonCandidate> names = new ArrayList<>();
            int pos = skipColon(text, at + marker.length());
            while (true) {
                pos = skipSpaces(text, pos);
                int end = nameEnd(text, pos, hanlpNames);
                if (end < 0) {
                    break;
                }
                names.add(new PersonCandidate(pos, end, text.substring(pos, end), PersonCandidate.Origin.BYLINE, null));
                pos = skipSpaces(text, end);
                if (pos < text.length() && text.charAt(pos) == '、') {
                    pos++;
                    continue;
                }
                String nextMarker = markerAt(text, pos);
                if (nextMarker != null) {
                    pos = skipColon(text, pos + nextMarker.length());
                    continue;
                }
                if (startsHanlpName(pos, hanlpNames) == null && !(pos > end && lastBeforeBracket(text, pos))) {
                    break;
                }
            }
            String role = pos < text.length() && text.charAt(pos) == '摄' ? "photographer" : "reporter";
            for (PersonCandidate name : names) {
                found.add(new PersonCandidate(name.start(), name.end(), name.name(), name.origin(), role));
            }
            at = Math.max(at, pos - 1);
        }
        return found;
    }

    private int nameEnd(String text, int pos, List<PersonCandidate> hanlpNames) {
        int run = pos;
        while (run < text.length() && PersonText.isHan(text.charAt(run)) && markerAt(text, run) == null
                && text.charAt(run) != '摄') {
            run++;
        }
        int length = run - pos;
        boolean closed = run < text.length() && ("）)、 \u3000\n摄".indexOf(text.charAt(run)) >= 0 || markerAt(text, run) != null);
        if (length >= 2 && length <= MAX_UNSEEN_NAME && closed) {
            return run;
        }
        PersonCandidate hanlp = startsHanlpName(pos, hanlpNames);
        return hanlp != null ? hanlp.end() : -1;
    }

    /** (记者 王某 张某): after a space, a short run that closes the bracket is one more name. */
    private static boolean lastBeforeBracket(String text, int pos) {
        int run = pos;
        while (run < text.length() && PersonText.isHan(text.charAt(run))) {
            run++;
        }
        return run - pos >= 2 && run - pos <= 4 && run < text.length() && "）)".indexOf(text.charAt(run)) >= 0;
    }

    private static PersonCandidate startsHanlpName(int pos, List<PersonCandidate> hanlpNames) {
        for (PersonCandidate candidate : hanlpNames) {
            if (candidate.start() == pos) {
                return candidate;
            }
        }
        return null;
    }

    private String markerAt(String text, int at) {
        if (at >= 0 && at < text.length() && !startsSome[text.charAt(at)] && !hasEmptyMarker()) {
            return null;
        }
        for (String marker : markers) {
            if (text.startsWith(marker, at)) {
                return marker;
            }
        }
        return null;
    }

    private boolean hasEmptyMarker() {
        return !markers.isEmpty() && markers.get(markers.size() - 1).isEmpty();
    }

    /** 记者：李某 通讯员：陈某 — a colon may stand between the marker and the names. */
    private static int skipColon(String text, int pos) {
        pos = skipSpaces(text, pos);
        if (pos < text.length() && (text.charAt(pos) == '：' || text.charAt(pos) == ':')) {
            pos++;
        }
        return skipSpaces(text, pos);
    }

    /**
     * The signature closing an article from a wire or website: （全景网/陈某某）, (中新网/王某):
     * a source ending in 网, 社, 报 or 台, a slash, and a short run of characters closing the
     * bracket.
     */
    List<PersonCandidate> readSourceSignatures(String text) {
        List<PersonCandidate> found = new ArrayList<>();
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            if (slash == 0 || SOURCE_ENDINGS.indexOf(text.charAt(slash - 1)) < 0 || !insideBracket(text, slash)) {
                continue;
            }
            int end = slash + 1;
            while (end < text.length() && PersonText.isHan(text.charAt(end))) {
                end++;
            }
            int length = end - slash - 1;
            if (length >= 2 && length <= 4 && end < text.length() && "）)".indexOf(text.charAt(end)) >= 0) {
                found.add(new PersonCandidate(slash + 1, end, text.substring(slash + 1, end),
                        PersonCandidate.Origin.BYLINE, "reporter"));
            }
        }
        return found;
    }

    private static final String SOURCE_ENDINGS = "网社报台";
    /** How far back the opening bracket of a signature may stand. */
    private static final int SIGNATURE_REACH = 12;

    private static boolean insideBracket(String text, int at) {
        for (int i = at - 1; i >= Math.max(0, at - SIGNATURE_REACH); i--) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                return true;
            }
            if (!PersonText.isHan(c) && !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int pos) {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\u3000')) {
            pos++;
        }
        return pos;
    }
}
