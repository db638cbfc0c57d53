package org.newskg.extractor.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.extractor.UserInputException;

/**
 * Which column of a CSV or TSV row holds which field of an article: read from the file's header,
 * or given by the user ({@code --columns label,text}) for files without one. Columns named
 * otherwise ({@code label}, {@code _}) are left out.
 */
public final class RecordColumns {

    /** The fields a record may give; only {@link #TEXT} is required. */
    public enum Field { TEXT, TITLE, DATE, PAPER, URL, ID }

    /** Header names taken for a field besides its own name, as crawled corpora spell them. */
    private static final Map<String, Field> NAMES = Map.ofEntries(
            Map.entry("text", Field.TEXT), Map.entry("content", Field.TEXT), Map.entry("body", Field.TEXT),
            Map.entry("正文", Field.TEXT), Map.entry("内容", Field.TEXT),
            Map.entry("title", Field.TITLE), Map.entry("headline", Field.TITLE), Map.entry("标题", Field.TITLE),
            Map.entry("date", Field.DATE), Map.entry("日期", Field.DATE),
            Map.entry("paper", Field.PAPER), Map.entry("报纸", Field.PAPER),
            Map.entry("url", Field.URL), Map.entry("link", Field.URL), Map.entry("链接", Field.URL),
            Map.entry("id", Field.ID));

    /** The field of each column in order, null for a column left out. */
    private final List<Field> columns;

    private RecordColumns(List<Field> columns) {
        this.columns = Collections.unmodifiableList(columns);
    }

    /**
     * The columns the user named, in order ({@code label,text}: THUCNews); names other than the
     * fields are columns to leave out.
     *
     * @throws UserInputException when no column is {@code text} or a field is named twice
     */
    public static RecordColumns parse(String spec) {
        RecordColumns columns = of(List.of(spec.split(",", -1)));
        if (!columns.hasText()) {
            throw new UserInputException("--columns " + spec + " names no text column; say which column holds"
                    + " the article, e.g. --columns label,text");
        }
        return columns;
    }

    /** The columns a header names; fields it does not name are absent. */
    static RecordColumns of(List<String> names) {
        List<Field> fields = new ArrayList<>(names.size());
        for (String raw : names) {
            Field field = NAMES.get(raw.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
            if (field != null && fields.contains(field)) {
                throw new UserInputException("the column " + field.name().toLowerCase(Locale.ROOT)
                        + " is named twice in " + String.join(",", names) + "; keep one");
            }
            fields.add(field);
        }
        return new RecordColumns(fields);
    }

    public boolean hasText() {
        return columns.contains(Field.TEXT);
    }

    /** The column holding {@code field}, or -1. */
    int indexOf(Field field) {
        return columns.indexOf(field);
    }

    int size() {
        return columns.size();
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        columns.forEach(f -> names.add(f == null ? "_" : f.name().toLowerCase(Locale.ROOT)));
        return String.join(",", names);
    }
}
