package org.newskg.extractor.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newskg.extractor.source.SourceMetadata.Basis;

/**
 * Decides a file's paper and publication date, each on the most trusted basis available: the
 * user's options, then the manifest beside the file, then the page's own text.
 */
public final class MetadataResolver {

    private final String paperOption;
    private final LocalDate dateOption;
    private final MetadataInference inference = new MetadataInference();
    /** Manifests by directory, so a directory of many pages reads its manifest once. */
    private final Map<Path, Optional<Manifest>> manifests = new HashMap<>();

    /** @param paperOption the {@code --paper} value or null; @param dateOption the {@code --date} value or null */
    public MetadataResolver(String paperOption, LocalDate dateOption) {
        this.paperOption = paperOption == null || paperOption.isBlank() ? null : paperOption.strip();
        this.dateOption = dateOption;
    }

    public SourceMetadata resolve(Path file, String text) {
        return resolve(file, text, SourceMetadata.unknown());
    }

    /**
     * The metadata of a source that brings some of its own (a record's {@code paper} and
     * {@code date}): the user's options still win; what the source gives wins over the manifest and the text.
     */
    private SourceMetadata resolve(Path file, String text, SourceMetadata own) {
        Optional<Manifest.Entry> entry = manifestFor(file).flatMap(m -> m.entryFor(file.getFileName().toString()));

        String paper = paperOption;
        Basis paperBasis = Basis.OPTION;
        if (paper == null && own.paper() != null) {
            paper = own.paper();
            paperBasis = own.paperBasis();
        }
        if (paper == null && entry.map(Manifest.Entry::paper).isPresent()) {
            paper = entry.get().paper();
            paperBasis = Basis.MANIFEST;
        }
        if (paper == null) {
            paper = inference.paper(text).orElse(null);
            paperBasis = paper == null ? Basis.UNKNOWN : Basis.TEXT;
        }

        LocalDate date = dateOption;
        Basis dateBasis = Basis.OPTION;
        if (date == null && own.date() != null) {
            date = own.date();
            dateBasis = own.dateBasis();
        }
        if (date == null && entry.map(Manifest.Entry::date).isPresent()) {
            date = entry.get().date();
            dateBasis = Basis.MANIFEST;
        }
        if (date == null) {
            date = inference.date(text).orElse(null);
            dateBasis = date == null ? Basis.UNKNOWN : Basis.TEXT;
        }
        return new SourceMetadata(paper, date, paperBasis, dateBasis);
    }

    public Source resolve(Path file, Source source) {
        return source.withMetadata(resolve(file, source.text(), source.metadata()));
    }

    private synchronized Optional<Manifest> manifestFor(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        if (directory == null) {
            return Optional.empty();
        }
        return manifests.computeIfAbsent(directory, Manifest::inDirectory);
    }
}
