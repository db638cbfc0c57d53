package org.newskg.extractor.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newskg.extractor.Extractor;
import org.newskg.extractor.TemporaryFolders;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.ingest.FileOutcome;
import org.newskg.extractor.ingest.IngestListener;
import org.newskg.extractor.ingest.IngestOptions;
import org.newskg.extractor.ingest.IngestReport;
import org.newskg.extractor.ingest.Ingestor;
import org.newskg.extractor.layout.LayoutRepair;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.MentionType;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceReader;
import org.newskg.extractor.store.TdbStore;

/**
 * Scores the extractor against human annotation: each page is ingested into a fresh TDB2 store,
 * its graph is read back through SPARQL ({@link PredictedDocument}) and compared with the page's
 * gold file ({@link GoldDocument}); beside it, HanLP's recognisers alone are scored on the same
 * repaired text.
 */
public final class Evaluation {

    private final Extractor extractor;
    private final Function<String, List<Mention>> baseline;

    /**
     * @param baseline the recogniser to compare with: text in, PERSON/REGION/ORGANIZATION mentions out
     */
    public Evaluation(Extractor extractor, Function<String, List<Mention>> baseline) {
        this.extractor = extractor;
        this.baseline = baseline;
    }

    public EvaluationReport run(Path goldDir, Path corpusDir) {
        List<EvaluationReport.PageScores> pages = new ArrayList<>();
        for (Path goldFile : goldFiles(goldDir)) {
            GoldDocument gold = GoldDocument.read(goldFile);
            Path page = corpusDir.resolve(gold.doc());
            if (!Files.isRegularFile(page)) {
                throw new UserInputException("gold file " + goldFile.getFileName() + " names " + gold.doc()
                        + ", which is not in " + corpusDir + ": pass the matching --corpus");
            }
            pages.add(new EvaluationReport.PageScores(gold.doc(), scoreNewskg(page, gold), scoreBaseline(page, gold)));
        }
        if (pages.isEmpty()) {
            throw new UserInputException("no gold files (*.json) in " + goldDir + ": pass --gold DIR");
        }
        return new EvaluationReport(pages);
    }

    private Map<String, Score> scoreNewskg(Path page, GoldDocument gold) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("newskg-eval-");
            try (TdbStore store = TdbStore.open(dir)) {
                IngestReport report = new Ingestor(store, extractor)
                        .ingest(List.of(page), IngestOptions.none(), IngestListener.SILENT);
                if (!report.failed().isEmpty()) {
                    FileOutcome failed = report.failed().get(0);
                    throw new UserInputException("cannot evaluate " + page + ": " + failed.message());
                }
                PredictedDocument predicted = PredictedDocument.read(store, Iris.sourceGraph(page.getFileName().toString()));
                if (Boolean.getBoolean("newskg.eval.debug")) {
                    predicted.events().forEach(e -> System.err.println("  predicted event " + page.getFileName() + " " + e));
                    predicted.persons().forEach(t -> System.err.println("  predicted person " + page.getFileName() + " " + t.names()));
                    predicted.regions().forEach(t -> System.err.println("  predicted region " + page.getFileName() + " " + t.names()));
                    predicted.organizations().forEach(t -> System.err.println("  predicted organization " + page.getFileName() + " " + t.names()));
                    predicted.posts().forEach(t -> System.err.println("  predicted post " + page.getFileName() + " " + t.person() + " " + t.titles()));
                    System.err.println("  predicted dates " + page.getFileName() + " " + predicted.dates());
                }
                return CategoryScores.score(predicted, gold);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TemporaryFolders.deleteQuietly(dir);
        }
    }

    private Map<String, Score> scoreBaseline(Path page, GoldDocument gold) {
        String text = new LayoutRepair().repair(new SourceReader().read(page, SourceMetadata.unknown()).text()).text();
        Map<MentionType, Set<String>> names = new LinkedHashMap<>();
        for (Mention m : baseline.apply(text)) {
            names.computeIfAbsent(m.type(), t -> new LinkedHashSet<>()).add(m.text());
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put(CategoryScores.PERSONS, CategoryScores.things(things(names, MentionType.PERSON), gold.persons(), gold.doubtful()));
        scores.put(CategoryScores.REGIONS, CategoryScores.things(things(names, MentionType.REGION), gold.regions(), gold.doubtful()));
        scores.put(CategoryScores.ORGANIZATIONS, CategoryScores.things(things(names, MentionType.ORGANIZATION), gold.organizations(), gold.doubtful()));
        return scores;
    }

    private static List<GoldDocument.Thing> things(Map<MentionType, Set<String>> names, MentionType type) {
        return names.getOrDefault(type, Set.of()).stream()
                .map(n -> new GoldDocument.Thing(n, Set.of(n))).toList();
    }

    private static List<Path> goldFiles(Path goldDir) {
        if (!Files.isDirectory(goldDir)) {
            throw new UserInputException("no gold folder at " + goldDir + ": pass --gold DIR");
        }
        try (Stream<Path> files = Files.list(goldDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UserInputException("cannot list " + goldDir + ": " + e.getMessage());
        }
    }

}
