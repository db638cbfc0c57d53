package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.newskg.extractor.fact.PostHolding;
import org.newskg.extractor.lexicon.Lexicons;
import org.newskg.extractor.token.Tokenizer;

/**
 * The recognisers the pipeline runs over each article, built once and shared by every worker.
 * Each finder proposes spans of its types; overlaps between them are settled later
 * ({@code MentionOverlaps}).
 */
public final class Recognizers {

    private final List<MentionFinder> finders;
    private final PostFinder posts;

    public Recognizers(List<MentionFinder> finders, PostFinder posts) {
        this.finders = List.copyOf(finders);
        this.posts = posts;
    }

    /** The recognisers with the bundled gazetteers and word lists, on HanLP. */
    public static Recognizers standard() {
        return standard(HanlpRecognizer.instance(), Lexicons.bundled());
    }

    /** The recognisers with the bundled gazetteers and word lists, on {@code tokenizer}. */
    public static Recognizers standard(Tokenizer tokenizer) {
        return standard(tokenizer, Lexicons.bundled());
    }

    /** The recognisers with the bundled gazetteer, reading words through {@code tokenizer} and word lists from {@code lexicons}. */
    public static Recognizers standard(Tokenizer tokenizer, Lexicons lexicons) {
        RegionGazetteer gazetteer = RegionGazetteer.with(lexicons);
        return new Recognizers(List.of(
                new PersonFinder(tokenizer),
                new RegionFinder(gazetteer, tokenizer),
                new SiteFinder(gazetteer, tokenizer, lexicons),
                new OrganizationFinder(regionNames(gazetteer), tokenizer),
                new DateFinder(),
                new EventTriggerFinder()), new PostFinder(tokenizer));
    }

    /**
     * A region as written at the start of an organization's name → its official name, when the
     * gazetteer knows it. Countries are left out: 中国作家协会 and 日本政府 are names as written,
     * and the grammar of Chinese local bodies (X人民政府) does not apply to them.
     */
    private static Function<String, Optional<String>> regionNames(RegionGazetteer gazetteer) {
        return written -> gazetteer.readings(written, TextContext.none()).stream()
                .findFirst()
                .filter(form -> form.region().level() != RegionLevel.COUNTRY)
                .map(form -> form.region().name());
    }

    /** Every span any recogniser finds in {@code text}, overlaps included. */
    public List<Mention> find(String text, TextContext context) {
        List<Mention> all = new ArrayList<>();
        for (MentionFinder finder : finders) {
            all.addAll(finder.find(text, context));
        }
        return all;
    }

    /** The posts held by the persons among {@code mentions}, from the titles before and around them. */
    public List<PostHolding> posts(String text, List<Mention> mentions, TextContext context) {
        List<Mention> persons = mentions.stream().filter(m -> m.type() == MentionType.PERSON).toList();
        return posts.find(text, persons, context);
    }
}
