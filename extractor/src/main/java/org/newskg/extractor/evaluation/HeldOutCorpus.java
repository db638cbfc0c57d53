package org.newskg.extractor.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extractor.UserInputException;

/**
 * The held-out stories of {@code data/gold/heldout/selection.csv}, read from the shared news
 * collection ({@code ../shared/news}, see its SOURCES.md) and written as plain pages with a
 * {@code manifest.csv} into a directory outside the repository: the publishers' text may be
 * read for evaluation but never copied into the project.
 *
 * <p>A selection line is {@code id,source,file,locator,paper}. For source {@code xinwenlianbo}
 * the file is a day's transcript {@code YYYYMMDD.md} and the locator the exact headline of one
 * {@code ### } section; the page is the headline, a blank line and the section's paragraphs with
 * the HTML removed, dated by the file name. For source {@code cnews} the locator is the 1-based
 * line of {@code cnews_thucnews_subset/<file>} ({@code label<TAB>article}); the page is the
 * article as given, with no date.
 */
public final class HeldOutCorpus {

    /** One selected story. */
    public record Story(String id, String source, String file, String locator, String paper) {
    }

    private static final Pattern BREAK = Pattern.compile("(?i)</p>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LINK = Pattern.compile("\\[查看原文]\\([^)]*\\)");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|[a-z]+);");
    private static final Pattern DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})\\.md");

    private HeldOutCorpus() {
    }

    /**
     * The news collection for a project rooted at {@code projectRoot}: {@code ../shared/news},
     * or one level further up when the project is a worktree below a sibling folder.
     */
    public static Optional<Path> locateNews(Path projectRoot) {
        Path root = projectRoot.toAbsolutePath().normalize();
        for (Path up = root.getParent(); up != null && root.getNameCount() - up.getNameCount() <= 2; up = up.getParent()) {
            Path news = up.resolve("shared").resolve("news");
            if (Files.isDirectory(news)) {
                return Optional.of(news);
            }
        }
        return Optional.empty();
    }

    public static List<Story> readSelection(Path selectionCsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(selectionCsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("cannot read the held-out selection " + selectionCsv + ": " + e.getMessage());
        }
        List<Story> stories = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 5) {
                throw new UserInputException(selectionCsv + " line " + (i + 1) + ": expected id,source,file,locator,paper");
            }
            stories.add(new Story(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip()));
        }
        return stories;
    }

    /** Writes every selected story as {@code <id>.txt} into {@code outDir}, with its manifest. */
    public static void materialise(Path selectionCsv, Path newsDir, Path outDir) {
        if (!Files.isDirectory(newsDir)) {
            throw new UserInputException("no news collection at " + newsDir
                    + ": the held-out stories are read from ../shared/news beside the project; pass --news DIR");
        }
        Map<Path, String> files = new HashMap<>();
        StringBuilder manifest = new StringBuilder("file,paper,date\n");
        try {
            Files.createDirectories(outDir);
            for (Story story : readSelection(selectionCsv)) {
                String date = "";
                String text;
                switch (story.source()) {
                    case "xinwenlianbo" -> {
                        Path day = newsDir.resolve("xinwenlianbo").resolve(story.file());
                        text = transcriptStory(files.computeIfAbsent(day, HeldOutCorpus::read), story);
                        Matcher m = DAY.matcher(story.file());
                        date = m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : "";
                    }
                    case "cnews" -> text = cnewsStory(files.computeIfAbsent(
                            newsDir.resolve("cnews_thucnews_subset").resolve(story.file()), HeldOutCorpus::read), story);
                    default -> throw new UserInputException("held-out story " + story.id() + ": unknown source " + story.source());
                }
                Files.writeString(outDir.resolve(story.id() + ".txt"), text, StandardCharsets.UTF_8);
                manifest.append(story.id()).append(".txt,").append(story.paper()).append(',').append(date).append('\n');
            }
            Files.writeString(outDir.resolve("manifest.csv"), manifest.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One story of a 《新闻联播》 transcript: its headline and its paragraphs, HTML removed. */
    public record TranscriptSection(String headline, List<String> paragraphs) {
    }

    /**
     * The stories of a transcript in order, one per {@code ### headline} section. The selection
     * tool (data/tools/SelectTestSplit.java) reads them this way too, so that the lengths it filters
     * on are those of the stories materialised here.
     */
    public static List<TranscriptSection> transcriptSections(String transcript) {
        String[] sections = transcript.split("\n### ");
        List<TranscriptSection> stories = new ArrayList<>();
        for (int i = 1; i < sections.length; i++) {
            int eol = sections[i].indexOf('\n');
            String headline = (eol < 0 ? sections[i] : sections[i].substring(0, eol)).strip();
            List<String> paragraphs = new ArrayList<>();
            if (eol >= 0) {
                String body = LINK.matcher(sections[i].substring(eol + 1)).replaceAll("");
                body = TAG.matcher(BREAK.matcher(body).replaceAll("\n")).replaceAll("");
                for (String paragraph : unescape(body).split("\n")) {
                    if (!paragraph.isBlank()) {
                        paragraphs.add(paragraph.strip());
                    }
                }
            }
            stories.add(new TranscriptSection(headline, List.copyOf(paragraphs)));
        }
        return stories;
    }

    static String transcriptStory(String transcript, Story story) {
        for (TranscriptSection section : transcriptSections(transcript)) {
            if (section.headline().equals(story.locator())) {
                StringBuilder page = new StringBuilder(section.headline()).append("\n\n");
                section.paragraphs().forEach(paragraph -> page.append(paragraph).append("\n\n"));
                return page.toString().stripTrailing() + "\n";
            }
        }
        throw new UserInputException("held-out story " + story.id() + ": no section \"" + story.locator()
                + "\" in " + story.file());
    }

    static String cnewsStory(String lines, Story story) {
        int wanted = Integer.parseInt(story.locator());
        String[] all = lines.split("\n", -1);
        if (wanted < 1 || wanted > all.length || all[wanted - 1].indexOf('\t') < 0) {
            throw new UserInputException("held-out story " + story.id() + ": no article on line " + wanted + " of " + story.file());
        }
        String line = all[wanted - 1];
        return line.substring(line.indexOf('\t') + 1).strip() + "\n";
    }

    private static String unescape(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "nbsp" -> " ";
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                default -> name.startsWith("#") ? new String(Character.toChars(Integer.parseInt(name.substring(1)))) : m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
