package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * A character trie over the written forms, frozen into sorted arrays so that a lookup is a binary
 * search per character and no object is allocated while scanning text. Built once, read-only
 * afterwards, hence safe to share.
 */
final class RegionTrie {

    private final char[][] keys;
    private final int[][] children;
    /** For each node, the index of the form ending there in {@link #forms}, or -1. */
    private final int[] terminal;
    private final List<String> forms;
    /** The root's children indexed directly by character: most text characters start no form. */
    private final int[] rootChildren = new int[Character.MAX_VALUE + 1];

    RegionTrie(Collection<String> words) {
        List<TreeMap<Character, Integer>> build = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        build.add(new TreeMap<>());
        ends.add(-1);
        List<String> list = new ArrayList<>();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                Integer next = build.get(node).get(word.charAt(i));
                if (next == null) {
                    next = build.size();
                    build.add(new TreeMap<>());
                    ends.add(-1);
                    build.get(node).put(word.charAt(i), next);
                }
                node = next;
            }
            if (ends.get(node) < 0) {
                ends.set(node, list.size());
                list.add(word);
            }
        }
        keys = new char[build.size()][];
        children = new int[build.size()][];
        terminal = new int[build.size()];
        for (int n = 0; n < build.size(); n++) {
            TreeMap<Character, Integer> map = build.get(n);
            keys[n] = new char[map.size()];
            children[n] = new int[map.size()];
            int j = 0;
            for (var e : map.entrySet()) {
                keys[n][j] = e.getKey();
                children[n][j++] = e.getValue();
            }
            terminal[n] = ends.get(n);
        }
        forms = List.copyOf(list);
        Arrays.fill(rootChildren, -1);
        for (int j = 0; j < keys[0].length; j++) {
            rootChildren[keys[0][j]] = children[0][j];
        }
    }

    /**
     * The ids of all forms that start at {@code start} in {@code text}, longest first, written
     * into {@code ids}; returns how many there are.
     */
    int matchesAt(CharSequence text, int start, int[] ids) {
        int found = 0;
        int node = rootChildren[text.charAt(start)];
        if (node < 0) {
            return 0;
        }
        if (terminal[node] >= 0) {
            ids[found++] = terminal[node];
        }
        for (int i = start + 1; i < text.length(); i++) {
            int k = Arrays.binarySearch(keys[node], text.charAt(i));
            if (k < 0) {
                break;
            }
            node = children[node][k];
            if (terminal[node] >= 0 && found < ids.length) {
                ids[found++] = terminal[node];
            }
        }
        for (int a = 0, b = found - 1; a < b; a++, b--) {
            int t = ids[a];
            ids[a] = ids[b];
            ids[b] = t;
        }
        return found;
    }

    /** The form with this id, as given to the constructor. */
    String form(int id) {
        return forms.get(id);
    }

    int size() {
        return forms.size();
    }
}
