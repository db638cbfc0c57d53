package org.newskg.shell.format;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.newskg.extractor.lookup.EntityDescription;
import org.newskg.extractor.lookup.EntityMatch;
import org.newskg.extractor.lookup.TimelineEntry;
import org.newskg.ontology.Prefixes;

/** How {@code describe}, {@code search} and {@code timeline} show what the lookups found. */
public final class LookupPrinter {

    private final PrintStream out;
    private final Pager pager;

    public LookupPrinter(PrintStream out, Pager pager) {
        this.out = out;
        this.pager = pager;
    }

    /** @param articleLimit the most articles to list (0: all) */
    public void description(EntityDescription d, int articleLimit) {
        out.println(d.name() + "  " + iri(d.iri()));
        if (!d.types().isEmpty()) {
            out.println("  types    " + String.join(", ", d.types()));
        }
        if (!d.aliases().isEmpty()) {
            out.println("  aliases  " + String.join("、", d.aliases()));
        }
        if (!d.posts().isEmpty()) {
            out.println("posts (" + d.posts().size() + ")");
            List<String[]> rows = new ArrayList<>();
            for (EntityDescription.PostHeld p : d.posts()) {
                rows.add(new String[] {span(p.firstDate(), p.lastDate()), text(p.title()),
                        p.organization() == null ? "" : "in " + p.organization(), held(p)});
            }
            indented(rows);
        }
        if (!d.holders().isEmpty()) {
            out.println("people holding posts here (" + d.holders().size() + ")");
            List<String[]> rows = new ArrayList<>();
            d.holders().forEach(h -> rows.add(new String[] {text(h.person()), text(h.title())}));
            indented(rows);
        }
        if (!d.events().isEmpty()) {
            out.println("events (" + d.events().size() + ")");
            List<String[]> rows = new ArrayList<>();
            d.events().forEach(e -> rows.add(new String[] {text(e.date()), text(e.role()), e.whatHappened()}));
            indented(rows);
        }
        int total = d.articles().size();
        int shown = articleLimit > 0 ? Math.min(articleLimit, total) : total;
        out.println("articles mentioning it (" + total + (shown < total ? ", " + shown + " shown; --limit 0 shows all" : "") + ")");
        List<String[]> rows = new ArrayList<>();
        d.articles().subList(0, shown).forEach(a -> rows.add(new String[] {text(a.date()), text(a.headline())}));
        indented(rows);
        out.flush();
    }

    /** Prints the matches as a table and returns what was printed. */
    public TextColumns.Printed matches(List<EntityMatch> matches) {
        List<String[]> rows = new ArrayList<>();
        for (EntityMatch m : matches) {
            rows.add(new String[] {m.name(), m.matchedName().equals(m.name()) ? "" : m.matchedName(),
                    m.match().name().toLowerCase(java.util.Locale.ROOT), String.join(" ", m.types()),
                    Long.toString(m.articles()), iri(m.iri())});
        }
        return TextColumns.print(List.of("name", "alias", "match", "types", "articles", "iri"), rows, out, 0, pager);
    }

    public TextColumns.Printed timeline(List<TimelineEntry> entries, int limit) {
        List<String[]> rows = new ArrayList<>();
        entries.forEach(e -> rows.add(new String[] {e.date(), e.kind(), e.text()}));
        return TextColumns.print(List.of("date", "kind", "what"), rows, out, limit, pager);
    }

    private void indented(List<String[]> rows) {
        int columns = rows.isEmpty() ? 0 : rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < columns; i++) {
                sb.append(i == columns - 1 ? row[i] : DisplayWidth.padRight(row[i], widths[i]) + "  ");
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    /** The inferred intervals and the stated changes of a post, briefly: held 2023-03-11 … (inferred); appointed 2023-03-11. */
    private static String held(EntityDescription.PostHeld p) {
        List<String> parts = new ArrayList<>();
        p.inferred().forEach(i -> parts.add("held " + i.from() + " … " + (i.until() == null ? "" : i.until()) + " (inferred)"));
        p.changes().forEach(c -> parts.add(c.kind() + " " + c.date()));
        return String.join("; ", parts);
    }

    private static String span(String first, String last) {
        if (first == null) {
            return "undated";
        }
        return last == null || last.equals(first) ? first : first + " … " + last;
    }

    private static String text(String s) {
        return s == null ? "" : s.replace('\n', '⏎');
    }

    private static String iri(String iri) {
        String shortForm = Prefixes.standard().qnameFor(iri);
        return shortForm != null ? shortForm : "<" + iri + ">";
    }
}
