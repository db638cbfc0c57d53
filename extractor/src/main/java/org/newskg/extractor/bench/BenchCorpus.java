package org.newskg.extractor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.evaluation.HeldOutCorpus;
import org.newskg.extractor.layout.LayoutRepair;
import org.newskg.extractor.source.Manifest;

/**
 * Builds a benchmark corpus from the sample pages, one file at a time so that nothing holds the
 * whole corpus: either whole pages varied by shuffling their paragraphs and changing their
 * numbers ({@link #pages}), or many small articles made of a dateline and sentences drawn from
 * the samples ({@link #articles}). Every file differs from every other, so none is skipped as
 * unchanged, and a seed makes the corpus the same from run to run.
 */
public final class BenchCorpus {

    /** Digit runs that are not part of a date or page number, which stay as they are. */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9０-９])([0-9０-９]+)(?![0-9０-９])(?!\\s*[月日年号时版届])");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？])");
    private static final String[] REPORTERS = {"周明远", "孙建平", "吴海燕", "郑立群", "王磊", "李娜", "张伟", "赵丽"};

    /** What was written. */
    public record Built(Path directory, int files, long bytes) {
    }

    private record Sample(String name, String text, String paper, LocalDate date) {
    }

    private final List<Sample> samples;
    private final long seed;

    private BenchCorpus(List<Sample> samples, long seed) {
        this.samples = samples;
        this.seed = seed;
    }

    /** The {@code .txt} pages in {@code sampleDirectory}, with the papers and dates of its manifest. */
    public static BenchCorpus from(Path sampleDirectory, long seed) {
        Manifest manifest = Manifest.inDirectory(sampleDirectory.toAbsolutePath()).orElse(null);
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(sampleDirectory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                var entry = manifest == null ? null : manifest.entryFor(name).orElse(null);
                samples.add(new Sample(name, Files.readString(file, StandardCharsets.UTF_8),
                        entry == null ? null : entry.paper(), entry == null ? null : entry.date()));
            }
        } catch (IOException e) {
            throw new UserInputException("cannot read the sample pages in " + sampleDirectory + ": " + e.getMessage(), e);
        }
        if (samples.isEmpty()) {
            throw new UserInputException("no sample pages (*.txt) in " + sampleDirectory);
        }
        return new BenchCorpus(samples, seed);
    }

    /** Varied copies of the sample pages until they hold about {@code bytes} bytes of UTF-8 text. */
    public Built pages(Path directory, long bytes) {
        Random random = new Random(seed);
        try (BufferedWriter manifest = manifest(directory)) {
            long written = 0;
            int files = 0;
            while (written < bytes) {
                Sample sample = samples.get(files % samples.size());
                String name = String.format("p%06d_%s", files, sample.name());
                byte[] text = vary(sample.text(), random).getBytes(StandardCharsets.UTF_8);
                Files.write(directory.resolve(name), text);
                manifestLine(manifest, name, sample.paper(), sample.date());
                written += text.length;
                files++;
            }
            return new Built(directory, files, written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * About {@code count} small articles, {@code perFile} to a file: each a headline, a dateline
     * with a reporter and a few sentences of the samples' (repaired) text.
     */
    public Built articles(Path directory, int count, int perFile) {
        Random random = new Random(seed);
        List<String> sentences = sentences();
        try (BufferedWriter manifest = manifest(directory)) {
            long written = 0;
            int files = 0;
            for (int done = 0; done < count; files++) {
                StringBuilder page = new StringBuilder();
                LocalDate date = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(730));
                for (int i = 0; i < perFile && done < count; i++, done++) {
                    page.append(headline(sentences.get(random.nextInt(sentences.size())))).append("\n\n");
                    LocalDate day = date.minusDays(random.nextInt(2));
                    page.append("本报").append(day.getMonthValue()).append('月').append(day.getDayOfMonth())
                            .append("日讯（记者 ").append(REPORTERS[random.nextInt(REPORTERS.length)]).append('）');
                    int n = 2 + random.nextInt(3);
                    for (int s = 0; s < n; s++) {
                        page.append(varyNumbers(sentences.get(random.nextInt(sentences.size())), random));
                    }
                    page.append("\n\n");
                }
                String name = String.format("a%06d.txt", files);
                byte[] text = page.toString().getBytes(StandardCharsets.UTF_8);
                Files.write(directory.resolve(name), text);
                Sample paperOf = samples.get(files % samples.size());
                manifestLine(manifest, name, paperOf.paper(), date);
                written += text.length;
            }
            return new Built(directory, files, written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One story per file, about {@code chars} characters in all, from the 《新闻联播》 transcripts
     * of the shared news collection ({@code newsDir/xinwenlianbo}, see its SOURCES.md): the shape
     * of corpora crawled from the web (~600 characters a story). Days are taken in name order and
     * every section of a day in order, so every run writes the same files; the text is written
     * only to {@code directory}, a temporary folder outside the repository.
     */
    public static Built news(Path newsDir, Path directory, long chars) {
        Path days = newsDir.resolve("xinwenlianbo");
        List<Path> files;
        try (Stream<Path> listing = Files.list(days)) {
            files = listing.filter(p -> p.getFileName().toString().matches("\\d{8}\\.md")).sorted().toList();
        } catch (IOException e) {
            throw new UserInputException("cannot read the news collection in " + days + ": " + e.getMessage(), e);
        }
        try (BufferedWriter manifest = manifest(directory)) {
            long written = 0;
            long bytes = 0;
            int stories = 0;
            for (Path day : files) {
                String stamp = day.getFileName().toString().substring(0, 8);
                LocalDate date = LocalDate.parse(stamp.substring(0, 4) + "-" + stamp.substring(4, 6) + "-" + stamp.substring(6));
                List<HeldOutCorpus.TranscriptSection> sections =
                        HeldOutCorpus.transcriptSections(Files.readString(day, StandardCharsets.UTF_8));
                for (int i = 0; i < sections.size() && written < chars; i++) {
                    HeldOutCorpus.TranscriptSection section = sections.get(i);
                    if (section.paragraphs().isEmpty()) {
                        continue;
                    }
                    StringBuilder page = new StringBuilder(section.headline()).append("\n\n");
                    section.paragraphs().forEach(paragraph -> page.append(paragraph).append("\n\n"));
                    String text = page.toString().stripTrailing() + "\n";
                    String name = String.format("%s_%03d.txt", stamp, i + 1);
                    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                    Files.write(directory.resolve(name), utf8);
                    manifestLine(manifest, name, "新闻联播", date);
                    written += text.length();
                    bytes += utf8.length;
                    stories++;
                }
                if (written >= chars) {
                    break;
                }
            }
            if (stories == 0) {
                throw new UserInputException("no stories in " + days);
            }
            return new Built(directory, stories, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedWriter manifest(Path directory) throws IOException {
        Files.createDirectories(directory);
        BufferedWriter out = Files.newBufferedWriter(directory.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
        out.write("file,paper,date\n");
        return out;
    }

    private static void manifestLine(BufferedWriter out, String name, String paper, LocalDate date) throws IOException {
        out.write(name + "," + (paper == null ? "" : paper) + "," + (date == null ? "" : date) + "\n");
    }

    /** The page with its paragraphs in another order and other numbers, as another day's page might read. */
    static String vary(String text, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(PARAGRAPH_BREAK.split(text)));
        Collections.shuffle(paragraphs, random);
        return varyNumbers(String.join("\n\n", paragraphs), random) + "\n";
    }

    static String varyNumbers(String text, Random random) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String digits = m.group(1);
            StringBuilder other = new StringBuilder(digits.length());
            for (int i = 0; i < digits.length(); i++) {
                other.append((char) ('0' + (i == 0 && digits.length() > 1 ? 1 + random.nextInt(9) : random.nextInt(10))));
            }
            m.appendReplacement(out, other.toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whole sentences of the repaired sample text, short enough to make small articles of. */
    private List<String> sentences() {
        LayoutRepair repair = new LayoutRepair();
        List<String> out = new ArrayList<>();
        for (Sample sample : samples) {
            for (String s : SENTENCE_END.split(repair.repair(sample.text()).text())) {
                String sentence = s.strip();
                if (sentence.length() >= 12 && sentence.length() <= 120 && sentence.indexOf('\n') < 0
                        && sentence.endsWith("。")) {
                    out.add(sentence);
                }
            }
        }
        if (out.isEmpty()) {
            throw new UserInputException("the sample pages hold no sentences to build articles from");
        }
        return out;
    }

    private static String headline(String sentence) {
        String words = sentence.replaceAll("[\\p{P}\\s]", "");
        return words.substring(0, Math.min(14, words.length()));
    }
}
