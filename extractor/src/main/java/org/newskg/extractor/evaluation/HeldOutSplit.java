package org.newskg.extractor.evaluation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.newskg.extractor.UserInputException;

/**
 * The sets of stories read from the shared news collection: {@code dev}, the held-out stories
 * that errors may be studied on ({@code data/gold/heldout}); {@code dev2}, a second set chosen
 * blind as a test split ({@code data/gold/unseen}) whose errors have since been studied too; and
 * {@code final}, a third, blind set for final scoring only ({@code data/gold/final}), whose
 * per-story output is never looked at. Each has a {@code selection.csv} that
 * {@link HeldOutCorpus} reads.
 */
public enum HeldOutSplit {

    DEV("dev", "heldout"),
    DEV2("dev2", "unseen"),
    FINAL("final", "final");

    private final String label;
    private final String folder;

    HeldOutSplit(String label, String folder) {
        this.label = label;
        this.folder = folder;
    }

    public String label() {
        return label;
    }

    /** The split's gold folder under a project's {@code data/gold}. */
    public Path goldDir(Path dataGold) {
        return dataGold.resolve(folder);
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(HeldOutSplit::label).toList();
    }

    public static HeldOutSplit of(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                .orElseThrow(() -> new UserInputException("no held-out split \"" + label + "\": one of " + labels()));
    }
}
