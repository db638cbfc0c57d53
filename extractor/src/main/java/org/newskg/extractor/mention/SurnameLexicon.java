package org.newskg.extractor.mention;

import java.util.Set;

/** Chinese surnames, single and compound: the first thing a Chinese personal name must start with. */
final class SurnameLexicon {

    private static final SurnameLexicon INSTANCE = new SurnameLexicon(
            Set.copyOf(PersonWordList.lines("surname-single.txt")),
            Set.copyOf(PersonWordList.lines("surname-compound.txt")));

    private final Set<String> single;
    private final Set<String> compound;

    private SurnameLexicon(Set<String> single, Set<String> compound) {
        this.single = single;
        this.compound = compound;
    }

    static SurnameLexicon instance() {
        return INSTANCE;
    }

    /** Length of the surname {@code text} starts with at {@code from}, preferring compounds; 0 if none. */
    int surnameLength(String text, int from) {
        if (from + 2 <= text.length() && compound.contains(text.substring(from, from + 2))) {
            return 2;
        }
        if (from < text.length() && single.contains(text.substring(from, from + 1))) {
            return 1;
        }
        return 0;
    }

    boolean startsWithCompound(String name) {
        return name.length() >= 2 && compound.contains(name.substring(0, 2));
    }

    boolean startsWithSurname(String name) {
        return surnameLength(name, 0) > 0;
    }
}
