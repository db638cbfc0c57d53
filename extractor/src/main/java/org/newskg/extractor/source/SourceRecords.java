package org.newskg.extractor.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.source.RecordColumns.Field;

/**
 * Turns a corpus file into its sources: a {@code .txt} file is one source; every line of a JSON
 * Lines file and every row of a CSV or TSV file is a source of its own; {@code .gz} of each is
 * read the same way. This is the whole of reading: no store, no extraction, no threads, so other
 * programs (a Spark job) can call it per file ({@link #read}) or per line ({@link #jsonLine},
 * {@link #cells}) and hand each {@link Source} to the {@code Extractor}.
 *
 * <p>Each record gets its own name, which names its graph (its {@code id}, else its {@code url},
 * else {@code file:line}), its own SHA-256 (of its fields, so resuming skips exactly the records
 * already in the store), its own one-line error and the size limit of a page. A JSON object gives
 * {@code text} (required), and optionally {@code title}, {@code date}, {@code paper}, {@code url},
 * {@code id}; a CSV or TSV file names the same columns in its header, or the user names them
 * ({@link RecordColumns#parse}), in which case the file has no header and a {@code .txt} file is
 * read as tab-separated rows (THUCNews: {@code label<TAB>text}). A record's title becomes the
 * first line of its page, followed by a blank line and the text; its paper and date count as
 * what a manifest says ({@link SourceMetadata.Basis#MANIFEST}), so {@code --paper} and
 * {@code --date} still win.
 */
public final class SourceRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT_DATE = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

    private final SourceReader pages;
    private final RecordColumns columns;
    private final long maxBytes;

    /** Records of at most {@link SourceReader#DEFAULT_MAX_BYTES}, CSV and TSV columns from the header. */
    public SourceRecords() {
        this(null, SourceReader.DEFAULT_MAX_BYTES);
    }

    /**
     * @param columns  the columns of header-less CSV, TSV and {@code .txt} rows, or null (files are
     *                 pages, CSV and TSV have a header)
     * @param maxBytes the largest page or record read
     */
    public SourceRecords(RecordColumns columns, long maxBytes) {
        this.columns = columns;
        this.maxBytes = maxBytes;
        this.pages = new SourceReader(maxBytes);
    }

    /** Whether {@code file} holds one source per line or row, rather than being one page. */
    public boolean holdsRecords(Path file) {
        CorpusFormat format = CorpusFormat.of(file).orElse(CorpusFormat.TEXT);
        return format.holdsRecords() || columns != null;
    }

    /**
     * The sources in {@code file}, read lazily in file order; close the stream. A file that cannot
     * be read at all gives one failed record; a bad record gives a failed record and reading goes on.
     */
    public Stream<SourceRecord> read(Path file) {
        if (!holdsRecords(file)) {
            return Stream.of(page(file));
        }
        InputStream in;
        try {
            in = open(file);
        } catch (UserInputException e) {
            return Stream.of(SourceRecord.failed(file, null, name(file), e.getMessage()));
        }
        Iterator<SourceRecord> records = new RecordIterator(file, in);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> closeQuietly(in));
    }

    /** How many records {@link #read} will give (1 for a page), without decoding them. */
    public long count(Path file) {
        if (!holdsRecords(file)) {
            return 1;
        }
        try (InputStream in = open(file)) {
            RecordSplitter splitter = splitter(file, in);
            long n = 0;
            while (splitter.next() != null) {
                n++;
            }
            return needsHeader(file) ? Math.max(1, n - 1) : Math.max(1, n);
        } catch (IOException | UserInputException | UncheckedIOException e) {
            return 1;
        }
    }

    /** One page read as a whole file, as {@code ingest} has always read {@code .txt} files. */
    private SourceRecord page(Path file) {
        try {
            Source source = CorpusFormat.gzipped(file)
                    ? pages.decode(name(file), gunzip(file), SourceMetadata.unknown())
                    : pages.read(file, SourceMetadata.unknown());
            return SourceRecord.read(file, null, source);
        } catch (UserInputException e) {
            return SourceRecord.failed(file, null, name(file), e.getMessage());
        }
    }

    /**
     * One line of a JSON Lines file, for callers that split the lines themselves.
     *
     * @param fileName the file's name (no folders), for the record's name and provenance
     * @param line     the line's number, from 1
     */
    public SourceRecord jsonLine(String fileName, long line, String json) {
        return jsonLine(null, fileName, line, json.getBytes(StandardCharsets.UTF_8));
    }

    private SourceRecord jsonLine(Path file, String fileName, long line, byte[] bytes) {
        SourceOrigin where = new SourceOrigin(fileName, line, null, null);
        if (bytes.length > rawLimit()) {
            return SourceRecord.failed(file, where, where.sourceName(), where.where() + ": " + tooLarge(bytes.length));
        }
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            return SourceRecord.failed(file, where, where.sourceName(), where.where() + ": not JSON ("
                    + oneLine(reason) + "); write one JSON object per line");
        }
        if (node == null || !node.isObject()) {
            return SourceRecord.failed(file, where, where.sourceName(), where.where()
                    + ": not a JSON object; write one object per line, e.g. {\"text\": \"…\"}");
        }
        Map<Field, String> fields = new java.util.EnumMap<>(Field.class);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        RecordColumns named = RecordColumns.of(names);
        for (int i = 0; i < names.size(); i++) {
            JsonNode value = node.get(names.get(i));
            for (Field field : Field.values()) {
                if (named.indexOf(field) == i && value != null && !value.isNull()) {
                    fields.put(field, value.isValueNode() ? value.asText() : value.toString());
                }
            }
        }
        return fromFields(file, fileName, line, fields, StandardCharsets.UTF_8);
    }

    /**
     * One row of a CSV or TSV file whose cells the caller has split, with the columns they stand
     * for (from the file's header, or {@link RecordColumns#parse}).
     */
    public SourceRecord cells(String fileName, long line, List<String> cells, RecordColumns columns) {
        Map<Field, String> fields = new java.util.EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            int i = columns.indexOf(field);
            if (i >= 0 && i < cells.size()) {
                fields.put(field, cells.get(i));
            }
        }
        return fromFields(null, fileName, line, fields, StandardCharsets.UTF_8);
    }

    private SourceRecord fromFields(Path file, String fileName, long line, Map<Field, String> fields,
                                    java.nio.charset.Charset charset) {
        String id = blankToNull(fields.get(Field.ID));
        String url = blankToNull(fields.get(Field.URL));
        SourceOrigin origin = new SourceOrigin(fileName, line, id, url);
        String name = origin.sourceName();
        String text = fields.get(Field.TEXT);
        if (text == null || text.isBlank()) {
            return SourceRecord.failed(file, origin, name, origin.where() + ": no text; give the article in a field"
                    + " or column named text");
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            return SourceRecord.failed(file, origin, name, origin.where() + ": " + tooLarge(bytes));
        }
        LocalDate date = null;
        String dateText = blankToNull(fields.get(Field.DATE));
        if (dateText != null) {
            date = date(dateText);
            if (date == null) {
                return SourceRecord.failed(file, origin, name, origin.where() + ": \"" + oneLine(dateText)
                        + "\" is not a date; write it as YYYY-MM-DD");
            }
        }
        String paper = blankToNull(fields.get(Field.PAPER));
        String title = blankToNull(fields.get(Field.TITLE));
        String page = title == null ? text : title.strip() + "\n\n" + text;
        SourceMetadata metadata = new SourceMetadata(paper == null ? null : paper.strip(), date,
                paper == null ? SourceMetadata.Basis.UNKNOWN : SourceMetadata.Basis.MANIFEST,
                date == null ? SourceMetadata.Basis.UNKNOWN : SourceMetadata.Basis.MANIFEST);
        Source source = new Source(name, page, charset, digest(fields), metadata, origin);
        return SourceRecord.read(file, origin, source);
    }

    /** A record's SHA-256 covers every field it gives, so a changed title or date is a changed source. */
    private static String digest(Map<Field, String> fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Field field : Field.values()) {
                String value = fields.get(field);
                sha.update(field.name().getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) (value == null ? 0 : 1));
                if (value != null) {
                    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                    sha.update(java.nio.ByteBuffer.allocate(8).putLong(bytes.length).array());
                    sha.update(bytes);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }

    static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            m = COMPACT_DATE.matcher(text);
            if (!m.find()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The records of one open file, in order, the header (if any) read first. */
    private final class RecordIterator implements Iterator<SourceRecord> {

        private final Path file;
        private final String fileName;
        private final CorpusFormat format;
        private final RecordSplitter splitter;
        private RecordColumns fileColumns;
        private SourceRecord next;
        private boolean done;

        RecordIterator(Path file, InputStream in) {
            this.file = file;
            this.fileName = name(file);
            this.format = CorpusFormat.of(file).orElse(CorpusFormat.TEXT);
            this.splitter = splitter(file, in);
            this.fileColumns = columns;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = advance();
                done |= next == null;
            }
            return next != null;
        }

        @Override
        public SourceRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SourceRecord r = next;
            next = null;
            return r;
        }

        private SourceRecord advance() {
            RecordSplitter.Raw raw;
            try {
                raw = splitter.next();
            } catch (UncheckedIOException e) {
                done = true;
                return SourceRecord.failed(file, null, fileName, "cannot read " + file + " to its end ("
                        + oneLine(e.getCause().getMessage()) + "); the records before the problem are read");
            }
            if (raw == null) {
                return null;
            }
            SourceOrigin where = new SourceOrigin(fileName, raw.line(), null, null);
            if (raw.problem() != null) {
                return SourceRecord.failed(file, where, where.sourceName(), where.where() + ": " + raw.problem());
            }
            if (format == CorpusFormat.JSON_LINES) {
                return jsonLine(file, fileName, raw.line(), stripBom(raw.cells().get(0)));
            }
            if (fileColumns == null) {
                return header(raw);
            }
            List<String> cells = new ArrayList<>(raw.cells().size());
            java.nio.charset.Charset charset = StandardCharsets.UTF_8;
            for (int i = 0; i < raw.cells().size(); i++) {
                byte[] bytes = i == 0 ? stripBom(raw.cells().get(i)) : raw.cells().get(i);
                TextDecoder.Decoded decoded = new TextDecoder().decode(bytes).orElse(null);
                if (decoded == null) {
                    return SourceRecord.failed(file, where, where.sourceName(), where.where() + ": column " + (i + 1)
                            + " is neither UTF-8 nor GB18030; convert the file to UTF-8");
                }
                charset = decoded.charset().equals(StandardCharsets.UTF_8) ? charset : decoded.charset();
                cells.add(decoded.text());
            }
            Map<Field, String> fields = new java.util.EnumMap<>(Field.class);
            for (Field field : Field.values()) {
                int i = fileColumns.indexOf(field);
                if (i >= 0 && i < cells.size()) {
                    fields.put(field, cells.get(i));
                }
            }
            if (cells.size() < fileColumns.size() && !fields.containsKey(Field.TEXT)) {
                return SourceRecord.failed(file, where, where.sourceName(), where.where() + ": " + cells.size()
                        + (cells.size() == 1 ? " column" : " columns") + " where " + fileColumns.size() + " are expected ("
                        + fileColumns + ")");
            }
            return fromFields(file, fileName, raw.line(), fields, charset);
        }

        /** Reads the header; a header without a text column fails the whole file, in one line. */
        private SourceRecord header(RecordSplitter.Raw raw) {
            List<String> names = new ArrayList<>();
            for (byte[] cell : raw.cells()) {
                names.add(new String(stripBom(cell), StandardCharsets.UTF_8));
            }
            try {
                fileColumns = RecordColumns.of(names);
            } catch (UserInputException e) {
                done = true;
                return SourceRecord.failed(file, null, fileName, file + " line " + raw.line() + ": " + e.getMessage());
            }
            if (!fileColumns.hasText()) {
                done = true;
                return SourceRecord.failed(file, null, fileName, file + " line " + raw.line() + ": the header ("
                        + oneLine(String.join(",", names)) + ") names no text column; name the columns"
                        + " text,title,date,paper,url,id, or give --columns for a file without a header");
            }
            return advance();
        }
    }

    private boolean needsHeader(Path file) {
        CorpusFormat format = CorpusFormat.of(file).orElse(CorpusFormat.TEXT);
        return columns == null && (format == CorpusFormat.CSV || format == CorpusFormat.TSV);
    }

    private RecordSplitter splitter(Path file, InputStream in) {
        CorpusFormat format = CorpusFormat.of(file).orElse(CorpusFormat.TEXT);
        return switch (format) {
            case JSON_LINES -> RecordSplitter.lines(in, rawLimit());
            case CSV -> new RecordSplitter(in, ',', true, rawLimit());
            case TSV, TEXT -> new RecordSplitter(in, '\t', false, rawLimit());
        };
    }

    /**
     * The largest record read before its text is measured: JSON may spell every character as a
     * six-byte escape, so the limit on a record's text is checked once it is decoded, and this one
     * only keeps a runaway line (a file without line breaks) from filling the heap.
     */
    private long rawLimit() {
        return 6 * maxBytes + 4096;
    }

    private static InputStream open(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserInputException("cannot read folder " + file + ": a folder is not a corpus file");
        }
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            return CorpusFormat.gzipped(file) ? new GZIPInputStream(in, 1 << 16) : in;
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + " does not exist (any more); check the path", e);
        } catch (AccessDeniedException e) {
            throw new UserInputException("cannot read " + file + ": permission denied; check its permissions", e);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + oneLine(e.getMessage())
                    + (CorpusFormat.gzipped(file) ? "; is it gzip?" : ""), e);
        }
    }

    /** A gzipped page, refused past the size limit without reading further. */
    private byte[] gunzip(Path file) {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UserInputException(file + ": " + tooLarge(bytes.length) + " (uncompressed)");
            }
            return bytes;
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + oneLine(e.getMessage()) + "; is it gzip?", e);
        }
    }

    private String tooLarge(long bytes) {
        return String.format(Locale.ROOT, "the record is %.1f MB; newskg reads records of at most %.1f MB: split it",
                bytes / 1e6, maxBytes / 1e6);
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static byte[] stripBom(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written; nothing to lose
        }
    }
}
