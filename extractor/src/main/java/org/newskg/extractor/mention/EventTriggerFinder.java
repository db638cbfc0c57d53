package org.newskg.extractor.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the words that report an event (会议, 调研, 贺电, 决赛) and the type of event each signals,
 * from the word list event-triggers.tsv. The longest word wins where words overlap, and a word
 * that is only the first half of a noun for a person or a place (调研员, 会议室, 检查站) is skipped.
 */
public final class EventTriggerFinder implements MentionFinder {

    private static final String LIST = "/org/newskg/data/lexicon/event-triggers.tsv";

    /** What follows a trigger when it names a person, a room or a count rather than an event. */
    private static final List<String> NOT_AN_EVENT_AFTER = List.of("员", "室", "站", "厅", "中心", "量", "费");

    private record Trigger(String word, String type) {
    }

    /** The triggers by their first character, each list longest first (the order of the whole list). */
    private final Map<Character, Trigger[]> byFirstChar;
    /** Whether any trigger begins with the character: most text characters begin none. */
    private final boolean[] startsSome = new boolean[Character.MAX_VALUE + 1];

    public EventTriggerFinder() {
        List<Trigger> triggers = load();
        triggers.sort(Comparator.comparingInt((Trigger t) -> t.word().length()).reversed());
        Map<Character, List<Trigger>> grouped = new HashMap<>();
        for (Trigger trigger : triggers) {
            if (trigger.word().isEmpty()) {
                continue;
            }
            grouped.computeIfAbsent(trigger.word().charAt(0), c -> new ArrayList<>()).add(trigger);
            startsSome[trigger.word().charAt(0)] = true;
        }
        Map<Character, Trigger[]> frozen = new HashMap<>();
        grouped.forEach((c, list) -> frozen.put(c, list.toArray(new Trigger[0])));
        this.byFirstChar = Map.copyOf(frozen);
    }

    @Override
    public List<Mention> find(String text, TextContext context) {
        List<Mention> mentions = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            Trigger match = longestAt(text, pos);
            if (match == null) {
                pos++;
                continue;
            }
            int end = pos + match.word().length();
            if (!namesSomethingElse(text, end)) {
                mentions.add(new Mention(MentionType.EVENT_TRIGGER, pos, end, match.word(), match.word(),
                        Map.of(Mention.ATTR_EVENT_TYPE, match.type())));
            }
            pos = end;
        }
        return mentions;
    }

    private Trigger longestAt(String text, int pos) {
        char first = text.charAt(pos);
        if (!startsSome[first]) {
            return null;
        }
        for (Trigger trigger : byFirstChar.get(first)) {
            if (text.startsWith(trigger.word(), pos)) {
                return trigger;
            }
        }
        return null;
    }

    private static boolean namesSomethingElse(String text, int end) {
        for (String after : NOT_AN_EVENT_AFTER) {
            if (text.startsWith(after, end)) {
                return true;
            }
        }
        return false;
    }

    private static List<Trigger> load() {
        List<Trigger> triggers = new ArrayList<>();
        try (InputStream in = EventTriggerFinder.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2) {
                    throw new IllegalStateException(LIST + ": expected word and type in: " + line);
                }
                triggers.add(new Trigger(fields[0], fields[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return triggers;
    }
}
