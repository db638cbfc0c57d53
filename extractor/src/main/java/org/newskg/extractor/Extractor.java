package org.newskg.extractor;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extractor.article.Article;
import org.newskg.extractor.article.ArticleSplitter;
import org.newskg.extractor.article.HeadlineLines;
import org.newskg.extractor.article.SentenceSplitter;
import org.newskg.extractor.entity.MentionOverlaps;
import org.newskg.extractor.fact.AppointmentEvents;
import org.newskg.extractor.fact.ArticleFacts;
import org.newskg.extractor.fact.DocumentFacts;
import org.newskg.extractor.fact.PostRestatements;
import org.newskg.extractor.fact.EventAssembler;
import org.newskg.extractor.fact.EventFact;
import org.newskg.extractor.fact.PostHolding;
import org.newskg.extractor.layout.LayoutRepair;
import org.newskg.extractor.layout.Page;
import org.newskg.extractor.lexicon.Lexicons;
import org.newskg.extractor.mention.HanlpRecognizer;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.MentionType;
import org.newskg.extractor.mention.Recognizers;
import org.newskg.extractor.mention.TextContext;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.token.Tokenizer;

/**
 * The extraction pipeline for one source: layout repair, articles, mentions, posts and events.
 * Pure: it reads nothing and writes nothing, so tests and other programs can call it directly.
 * One instance is thread-safe and meant to be shared (its recognisers load their dictionaries once).
 */
public final class Extractor {

    private static volatile Extractor standard;

    private final LayoutRepair layout = new LayoutRepair();
    private final ArticleSplitter articles = new ArticleSplitter();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final Recognizers recognizers;
    private final EventAssembler events = new EventAssembler();

    public Extractor(Recognizers recognizers) {
        this.recognizers = recognizers;
    }

    /** An extractor to configure; unset parts are the standard ones (HanLP, the bundled word lists). */
    public static Builder builder() {
        return new Builder();
    }

    /** What an extractor is built from: the tokenizer every rule reads words through, the word lists they read. */
    public static final class Builder {

        private Tokenizer tokenizer;
        private Lexicons lexicons;

        private Builder() {
        }

        /** The tokenizer every rule reads words and parts of speech through (HanLP when unset). */
        public Builder tokenizer(Tokenizer tokenizer) {
            this.tokenizer = tokenizer;
            return this;
        }

        /** The word lists the rules read (the bundled {@code data/lexicon} when unset). */
        public Builder lexicons(Lexicons lexicons) {
            this.lexicons = lexicons;
            return this;
        }

        public Extractor build() {
            return new Extractor(Recognizers.standard(tokenizer == null ? HanlpRecognizer.instance() : tokenizer,
                    lexicons == null ? Lexicons.bundled() : lexicons));
        }
    }

    /** The shared extractor with the bundled gazetteers and word lists (loaded on first use). */
    public static Extractor standard() {
        Extractor e = standard;
        if (e == null) {
            synchronized (Extractor.class) {
                e = standard;
                if (e == null) {
                    e = builder().build();
                    standard = e;
                }
            }
        }
        return e;
    }

    public DocumentFacts extract(Source source) {
        Page page = layout.repair(source.text());
        List<ArticleFacts> found = new ArrayList<>();
        for (Article article : articles.split(page, source.metadata())) {
            found.add(extractArticle(page, article, source));
        }
        return new DocumentFacts(source, page,
                EventAssembler.dropRepeatedAcrossArticles(PostRestatements.dropRestated(found)));
    }

    private ArticleFacts extractArticle(Page page, Article article, Source source) {
        TextContext context = new TextContext(source.metadata().paper(), source.metadata().date(), article.date());
        String body = page.text().substring(article.start(), article.end());
        List<Mention> bodyMentions = recognizers.find(body, context);
        List<PostHolding> posts = recognizers.posts(body, bodyMentions, context);
        List<Mention> all = new ArrayList<>(bodyMentions);
        posts.forEach(p -> all.add(p.title()));
        List<Mention> resolved = shift(MentionOverlaps.resolve(all), article.start());
        List<PostHolding> shiftedPosts = posts.stream().map(p -> p.shifted(article.start())).toList();

        List<Mention> headlineMentions = headlineMentions(page, article, context);
        List<Mention> mentions = new ArrayList<>(resolved);
        headlineMentions.stream().filter(m -> m.start() >= 0).forEach(mentions::add);
        List<int[]> sentenceSpans = sentences.split(page.text(), article.start(), article.end());
        List<EventFact> eventFacts = AppointmentEvents.withAppointments(
                events.assemble(article, headlineMentions, resolved, sentenceSpans, page.text()), shiftedPosts, article, resolved);
        return new ArticleFacts(article, mentions, shiftedPosts, eventFacts, sentenceSpans);
    }

    /**
     * Mentions in the headline and kicker, placed where they stand in the page (headlines are
     * printed apart from their article's body, often over several lines); -1 when not found.
     */
    private List<Mention> headlineMentions(Page page, Article article, TextContext context) {
        List<Mention> out = new ArrayList<>();
        for (String line : new String[] {article.kicker(), article.headline()}) {
            if (line == null || line.isBlank()) {
                continue;
            }
            int at = page.text().indexOf(line);
            List<Mention> found = MentionOverlaps.resolve(recognizers.find(line, context));
            for (Mention m : found) {
                if (m.type() == MentionType.TITLE) {
                    continue;
                }
                out.add(at >= 0 ? m.shifted(at) : placedByLine(page, article, m));
            }
        }
        return out;
    }

    private static Mention placedByLine(Page page, Article article, Mention m) {
        int at = HeadlineLines.locate(page.text(), article, m.text());
        int start = at < 0 ? -1 : at;
        int end = at < 0 ? -1 : at + m.text().length();
        return new Mention(m.type(), start, end, m.text(), m.canonical(), m.attributes());
    }

    private static List<Mention> shift(List<Mention> mentions, int delta) {
        return mentions.stream().map(m -> m.shifted(delta)).toList();
    }
}
