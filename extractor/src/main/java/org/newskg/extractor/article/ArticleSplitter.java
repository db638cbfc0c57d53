package org.newskg.extractor.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.extractor.layout.Page;
import org.newskg.extractor.source.SourceMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a repaired page into its articles. Datelines, bylines and photo credits open or close
 * articles; the headline blocks found between them are then handed to the article they describe,
 * whether they stand before it, after it or apart (see {@link HeadlineAssigner}).
 */
public final class ArticleSplitter {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleSplitter.class);
    /** A stack of this many headline blocks on one side of a single article is a page's headline column. */
    private static final int REMOTE_STACK = 3;
    private static final double STRONG_MATCH = 0.4;
    private static final double UNRELATED = 0.15;

    private final DatelineParser datelines = new DatelineParser();
    private final BylineParser bylines = new BylineParser();
    private final HeadlineDetector headlines = new HeadlineDetector();
    private final HeadlineAssigner assigner = new HeadlineAssigner();

    /** A run of headline blocks standing between two articles. */
    private static final class Stack {
        final List<List<String>> blocks = new ArrayList<>();
    }

    public List<Article> split(Page page, SourceMetadata metadata) {
        String text = page.text();
        List<Object> items = layout(text);
        assignHeadlines(items, text);
        LocalDate publication = metadata == null ? null : metadata.date();
        List<Article> articles = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof ArticleDraft draft && draft.hasBody()) {
                articles.add(build(articles.size(), draft, text, publication));
            }
        }
        LOG.debug("{} articles on a page of {} characters", articles.size(), text.length());
        return articles;
    }

    /** Articles and headline stacks in page order. */
    private List<Object> layout(String text) {
        List<Object> items = new ArrayList<>();
        ArticleDraft current = null;
        Stack stack = null;
        for (PageBlock block : PageBlock.split(text)) {
            if (headlines.isHeadlineBlock(block)) {
                stack = stackFor(items, stack, current);
                stack.blocks.add(block.lineTexts());
                continue;
            }
            if (block.lineTexts().stream().allMatch(bylines::isBylineLine)) {
                String joined = String.join(" ", block.lineTexts());
                Optional<BylineParser.Credit> credit = bylines.credit(joined);
                if (credit.isPresent() && current != null && current.hasBody() && !current.closed && stack == null) {
                    current = captionOf(current, items);
                    current.authors.addAll(credit.get().names());
                    current.photo = true;
                    current.closed = true;
                    continue;
                }
                if (bylines.isAnonymous(joined) && current != null) {
                    // 本报评论员 signs the commentary above it, after its headline
                    current.commentary |= bylines.isCommentarySignature(joined);
                    continue;
                }
                current = new ArticleDraft();
                current.authors.addAll(bylines.names(joined));
                current.start = block.start();
                items.add(current);
                stack = null;
                continue;
            }
            int leading = leadingHeadlineLines(block);
            if (leading > 0) {
                // a headline printed straight above its text, with no blank line between
                stack = stackFor(items, stack, current);
                stack.blocks.add(block.upTo(leading).lineTexts());
                block = block.from(leading);
            }
            for (PageBlock part : splitAtDatelines(block)) {
                Optional<DatelineParser.Dateline> dateline = datelines.parse(part.line(0));
                // a byline on a line of its own waits for the text it signs, across a headline column if need be
                boolean waitingByline = current != null && !current.hasBody() && current.dateline == null
                        && items.get(items.size() - 1) == current;
                if (!waitingByline && (dateline.isPresent() || current == null || current.closed || stack != null)) {
                    current = new ArticleDraft();
                    items.add(current);
                } else if (waitingByline && stack != null) {
                    current.start = -1; // headlines stand between byline and text: the article starts with its text
                }
                stack = null;
                if (dateline.isPresent() && current.dateline == null) {
                    current.dateline = dateline.get();
                    current.authors.addAll(dateline.get().authors());
                }
                current.extend(part.start(), part.end());
                String last = part.line(part.lines().size() - 1);
                Optional<BylineParser.Credit> credit = bylines.credit(last);
                if (credit.isPresent()) {
                    current = captionOf(current, items);
                    current.authors.addAll(credit.get().names());
                    current.photo = true;
                    current.closed = true;
                } else {
                    current.authors.addAll(bylines.signature(last));
                }
            }
        }
        return items;
    }

    /** The stack a headline block joins: a byline standing inside a column of headlines does not break it. */
    private static Stack stackFor(List<Object> items, Stack stack, ArticleDraft current) {
        if (stack != null) {
            return stack;
        }
        int last = items.size() - 1;
        if (current != null && !current.hasBody() && last >= 1 && items.get(last) == current
                && items.get(last - 1) instanceof Stack previous) {
            return previous;
        }
        Stack fresh = new Stack();
        items.add(fresh);
        return fresh;
    }

    private int leadingHeadlineLines(PageBlock block) {
        int n = 0;
        while (n < block.lines().size() - 1 && headlines.isHeadlineLine(block.line(n))) {
            n++;
        }
        return n;
    }

    /**
     * A credit ends a photo caption. When the caption was read as the last paragraph of an article
     * (no blank line or headline between them), it becomes an article of its own.
     */
    private static ArticleDraft captionOf(ArticleDraft current, List<Object> items) {
        ArticleDraft caption = current;
        if (current.parts.size() >= 2) {
            caption = current.splitOffLastPart();
            items.add(caption);
        } else if (current.dateline != null) {
            return current;
        }
        caption.photo = true;
        caption.closed = true;
        return caption;
    }

    /** A dateline inside a block starts another article there. */
    private List<PageBlock> splitAtDatelines(PageBlock block) {
        List<PageBlock> parts = new ArrayList<>();
        PageBlock rest = block;
        for (int i = 1; i < rest.lines().size(); i++) {
            if (datelines.parse(rest.line(i)).isPresent()) {
                parts.add(rest.upTo(i));
                rest = rest.from(i);
                i = 0;
            }
        }
        parts.add(rest);
        return parts;
    }

    private void assignHeadlines(List<Object> items, String text) {
        HeadlineAssigner.Order order = items.isEmpty() ? HeadlineAssigner.Order.UNKNOWN
                : items.get(0) instanceof Stack ? HeadlineAssigner.Order.BEFORE
                : items.get(items.size() - 1) instanceof Stack ? HeadlineAssigner.Order.AFTER
                : HeadlineAssigner.Order.UNKNOWN;
        List<Stack> remote = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            if (!(items.get(j) instanceof Stack stack)) {
                continue;
            }
            ArticleDraft before = j > 0 && items.get(j - 1) instanceof ArticleDraft d && d.hasBody() ? d : null;
            ArticleDraft after = j + 1 < items.size() && items.get(j + 1) instanceof ArticleDraft d ? d : null;
            List<String> blocks = stack.blocks.stream().map(b -> String.join("", b)).toList();
            if (before != null && after != null) {
                int k = assigner.split(blocks, lead(before, text), lead(after, text), order, !before.heads.isEmpty());
                before.heads.addAll(stack.blocks.subList(0, k));
                after.heads.addAll(stack.blocks.subList(k, stack.blocks.size()));
            } else if (stack.blocks.size() >= REMOTE_STACK) {
                remote.add(stack);
            } else if (before != null || after != null) {
                (before != null ? before : after).heads.addAll(stack.blocks);
            }
        }
        for (Stack stack : remote) {
            assignRemote(stack, items, text);
        }
    }

    /** A column of headlines apart from the text: each goes to the headless article it matches best. */
    private void assignRemote(Stack stack, List<Object> items, String text) {
        List<ArticleDraft> headless = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof ArticleDraft d && d.hasBody() && d.heads.isEmpty()) {
                headless.add(d);
            }
        }
        List<List<String>> unmatched = new ArrayList<>();
        ArticleDraft previous = null;
        for (List<String> block : stack.blocks) {
            ArticleDraft best = null;
            double bestScore = HeadlineAssigner.MIN_REMOTE_SCORE;
            List<ArticleDraft> candidates = new ArrayList<>(headless);
            if (previous != null) {
                candidates.add(previous); // a kicker and its headline both describe one article
            }
            for (ArticleDraft d : candidates) {
                double s = assigner.score(String.join("", block), lead(d, text));
                if (s > bestScore) {
                    bestScore = s;
                    best = d;
                }
            }
            if (best == null) {
                unmatched.add(block);
                previous = null;
                continue;
            }
            // a kicker just above its headline matches its article poorly; it goes with its headline
            best.heads.addAll(unmatched);
            best.heads.add(block);
            unmatched.clear();
            headless.remove(best);
            previous = best;
        }
    }

    /**
     * Drops a column label (践行诚信教育体系·失信案例) that came with an article's headline but shares
     * nothing with its text, while the headline itself clearly does.
     */
    private List<List<String>> relevantHeads(ArticleDraft draft, String text) {
        String lead = lead(draft, text);
        double best = 0;
        for (List<String> block : draft.heads) {
            best = Math.max(best, assigner.score(String.join("", block), lead, Integer.MAX_VALUE));
        }
        List<List<String>> kept = new ArrayList<>();
        for (List<String> block : draft.heads) {
            String joined = String.join("", block);
            if (best < STRONG_MATCH || headlines.isCommentaryCue(joined)
                    || assigner.score(joined, lead, Integer.MAX_VALUE) >= UNRELATED) {
                kept.add(block);
            }
        }
        return kept;
    }

    /**
     * The article's text from its first paragraph on, without a byline line that may precede it;
     * empty for a draft that has no paragraph yet (a dateline with nothing after it).
     */
    private static String lead(ArticleDraft draft, String text) {
        if (draft.parts.isEmpty()) {
            return "";
        }
        return text.substring(draft.parts.get(0)[0], draft.end);
    }

    private Article build(int index, ArticleDraft draft, String text, LocalDate publication) {
        List<String> headLines = new ArrayList<>();
        draft.heads.forEach(headLines::addAll);
        String kicker = null;
        List<List<String>> heads = relevantHeads(draft, text);
        if (heads.size() >= 2 && headlines.isKicker(String.join("", heads.get(0)))) {
            kicker = String.join("", heads.remove(0));
        } else if (heads.size() == 1 && heads.get(0).size() >= 2 && headlines.isKicker(heads.get(0).get(0))) {
            List<String> lines = new ArrayList<>(heads.get(0));
            kicker = lines.remove(0);
            heads.set(0, lines);
        }
        List<String> parts = new ArrayList<>();
        for (List<String> block : heads) {
            List<String> lines = block.stream().filter(l -> !headlines.isSubheadline(l)).toList();
            if (!lines.isEmpty()) {
                boolean spaced = lines.stream().anyMatch(l -> l.contains(" "));
                parts.add(String.join(spaced ? " " : "", lines));
            }
        }
        String headline = parts.isEmpty() ? null : String.join(" ", parts);
        boolean commentary = draft.commentary || headlines.marksCommentary(headLines);
        ArticleKind kind = draft.photo && draft.dateline == null ? ArticleKind.PHOTO
                : commentary ? ArticleKind.COMMENTARY : ArticleKind.NEWS;
        DatelineParser.Dateline dateline = draft.dateline;
        return new Article(index, headline, kicker,
                dateline == null ? null : dateline.text(),
                new ArrayList<>(draft.authors), kind,
                dateline == null ? null : dateline.date(publication),
                draft.start, draft.end);
    }
}
