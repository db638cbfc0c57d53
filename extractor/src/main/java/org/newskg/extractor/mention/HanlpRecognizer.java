package org.newskg.extractor.mention;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import org.newskg.extractor.token.Token;
import org.newskg.extractor.token.TokenKind;
import org.newskg.extractor.token.Tokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The one door to HanLP 1.x, and the project's {@link Tokenizer} on it. HanLP keeps its
 * configuration in global statics and logs through java.util.logging to the console; both are
 * tamed here, and HanLP's part-of-speech tags are mapped to {@link TokenKind}s here alone
 * ({@link #kindOf}), so the rest of the code sees our own tokens and typed spans, and HanLP can be
 * replaced by another tokenizer without touching a rule.
 *
 * <p>HanLP's segmenters carry per-instance switches and caches that are not documented as safe
 * for concurrent use, so each thread gets its own.
 */
public final class HanlpRecognizer implements Tokenizer {

    private static final Logger LOG = LoggerFactory.getLogger(HanlpRecognizer.class);

    static {
        routeHanlpLogging();
        HanLP.Config.ShowTermNature = true;
    }

    // Name recognition only: place and organization recognition merge titles and names into
    // long nt spans (某集团副总裁张伟民), which the person and title rules must see apart.
    private static final ThreadLocal<Segment> WORDS = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false));

    private static final ThreadLocal<Segment> ENTITIES = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            // Japanese-name recognition fires on ordinary Chinese word pairs in news text.
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true));

    private static final HanlpRecognizer INSTANCE = new HanlpRecognizer();

    private HanlpRecognizer() {
    }

    /** HanLP's models are global; so is the door to them. */
    public static HanlpRecognizer instance() {
        return INSTANCE;
    }

    @Override
    public List<Token> segment(String text) {
        return toTokens(WORDS.get().seg(text));
    }

    /**
     * HanLP's own person, place and organization recognition, unfiltered: the baseline the
     * project's finders are measured against.
     */
    public List<Mention> entities(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (Token token : toTokens(ENTITIES.get().seg(text))) {
            MentionType type = entityType(token.kind());
            if (type != null) {
                mentions.add(Mention.of(type, token.offset(), token.end(), token.word(), token.word()));
            }
        }
        return mentions;
    }

    /** Whether HanLP's core dictionary knows {@code word} as an ordinary word and never as a person's name. */
    @Override
    public boolean isCommonWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature.startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    /** Whether HanLP's core dictionary lists {@code word} as a person's name. */
    @Override
    public boolean isKnownName(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature.startsWith("nr")) {
                return true;
            }
        }
        return false;
    }

    /**
     * How often HanLP's person corpus saw these characters as a given name: for two characters
     * the lesser of the first's count as a given name's first character and the second's as its
     * last; for one character its count as a single-character given name. 0 when never seen.
     */
    @Override
    public int givenNameCount(String givenName) {
        if (givenName.length() == 1) {
            return roleCount(givenName, NR.E);
        }
        if (givenName.length() == 2) {
            return Math.min(roleCount(givenName.substring(0, 1), NR.C), roleCount(givenName.substring(1), NR.D));
        }
        return 0;
    }

    private static int roleCount(String character, NR role) {
        EnumItem<NR> item = PersonDictionary.dictionary.get(character);
        return item == null ? 0 : item.getFrequency(role);
    }

    static MentionType entityType(TokenKind kind) {
        if (kind.isPersonName()) {
            return MentionType.PERSON;
        }
        if (kind.isPlaceName()) {
            return MentionType.REGION;
        }
        if (kind == TokenKind.ORGANIZATION) {
            return MentionType.ORGANIZATION;
        }
        return null;
    }

    /** HanLP's tags that are a kind of their own; families of tags are mapped by their first letter. */
    private static final Map<String, TokenKind> KIND_OF_TAG = Map.ofEntries(
            Map.entry("nr", TokenKind.PERSON_NAME),
            Map.entry("nrf", TokenKind.FOREIGN_PERSON_NAME),
            Map.entry("nrj", TokenKind.JAPANESE_PERSON_NAME),
            Map.entry("ns", TokenKind.PLACE_NAME),
            Map.entry("nsf", TokenKind.FOREIGN_PLACE_NAME),
            Map.entry("nis", TokenKind.ORGANIZATION_SUFFIX),
            Map.entry("nnt", TokenKind.JOB_TITLE),
            Map.entry("vn", TokenKind.VERBAL_NOUN),
            Map.entry("v", TokenKind.VERB),
            Map.entry("vf", TokenKind.VERB),
            Map.entry("vx", TokenKind.VERB),
            Map.entry("vi", TokenKind.INTRANSITIVE_VERB),
            Map.entry("vshi", TokenKind.COPULA),
            Map.entry("vyou", TokenKind.EXISTENTIAL_VERB),
            Map.entry("d", TokenKind.ADVERB),
            Map.entry("p", TokenKind.PREPOSITION),
            Map.entry("ude2", TokenKind.ADVERBIAL_PARTICLE),
            Map.entry("m", TokenKind.NUMERAL),
            Map.entry("t", TokenKind.TIME),
            Map.entry("s", TokenKind.PLACE_WORD),
            Map.entry("f", TokenKind.LOCATIVE),
            Map.entry("y", TokenKind.MODAL),
            Map.entry("e", TokenKind.INTERJECTION),
            Map.entry("o", TokenKind.ONOMATOPOEIA),
            Map.entry("j", TokenKind.ABBREVIATION),
            Map.entry("b", TokenKind.DISTINGUISHING_WORD),
            Map.entry("an", TokenKind.ADJECTIVE_NOUN));

    /** The kind of a word HanLP tags {@code tag}: the only place that reads HanLP's tags. */
    static TokenKind kindOf(String tag) {
        TokenKind exact = KIND_OF_TAG.get(tag);
        if (exact != null) {
            return exact;
        }
        if (tag.startsWith("nt")) {
            return TokenKind.ORGANIZATION;
        }
        if (tag.startsWith("ns")) {
            return TokenKind.PLACE_NAME;
        }
        if (tag.isEmpty()) {
            return TokenKind.OTHER;
        }
        return switch (tag.charAt(0)) {
            case 'n' -> TokenKind.NOUN;
            case 'v' -> TokenKind.OTHER_VERB;
            case 'd' -> TokenKind.OTHER_ADVERB;
            case 'p' -> TokenKind.OTHER_PREPOSITION;
            case 'c' -> TokenKind.CONJUNCTION;
            case 'r' -> TokenKind.PRONOUN;
            case 'u' -> TokenKind.PARTICLE;
            case 'm' -> TokenKind.OTHER_NUMERAL;
            case 'q' -> TokenKind.MEASURE_WORD;
            case 'w' -> TokenKind.PUNCTUATION;
            default -> TokenKind.OTHER;
        };
    }

    private static List<Token> toTokens(List<Term> terms) {
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            tokens.add(new Token(term.word, kindOf(String.valueOf(term.nature)), term.offset));
        }
        return tokens;
    }

    // HanLP reports missing optional dictionaries as warnings on stderr through its own JUL
    // logger; a library must not write to the console, so they go to SLF4J at debug level.
    private static void routeHanlpLogging() {
        java.util.logging.Logger hanlp = Predefine.logger;
        hanlp.setUseParentHandlers(false);
        for (Handler handler : hanlp.getHandlers()) {
            hanlp.removeHandler(handler);
        }
        hanlp.setLevel(Level.WARNING);
        hanlp.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                LOG.debug("HanLP: {}", record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }
}
