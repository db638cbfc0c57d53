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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The one door to HanLP 1.x. HanLP keeps its configuration in global statics and logs through
 * java.util.logging to the console; both are tamed here so the rest of the code sees plain
 * tokens and typed spans, and HanLP can be replaced by changing this class alone.
 *
 * <p>HanLP's segmenters carry per-instance switches and caches that are not documented as safe
 * for concurrent use, so each thread gets its own.
 */
public final class HanlpRecognizer {

    /** One word of HanLP's segmentation: the word, its part-of-speech tag and its offset. */
    public record Token(String word, String nature, int offset) {
        public int end() {
            return offset + word.length();
        }

        public boolean isPersonName() {
            return nature.equals("nr") || nature.equals("nrf") || nature.equals("nrj");
        }
    }

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

    /** The words of {@code text} with person-name recognition on; offsets index {@code text}. */
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
            MentionType type = entityType(token.nature());
            if (type != null) {
                mentions.add(Mention.of(type, token.offset(), token.end(), token.word(), token.word()));
            }
        }
        return mentions;
    }

    /**
     * Whether HanLP's core dictionary knows {@code word} as an ordinary word and never as a
     * person's name: such a word needs context before it is believed to be a name.
     */
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

    static MentionType entityType(String nature) {
        if (nature.equals("nr") || nature.equals("nrf") || nature.equals("nrj")) {
            return MentionType.PERSON;
        }
        if (nature.equals("ns") || nature.equals("nsf")) {
            return MentionType.REGION;
        }
        if (nature.startsWith("nt")) {
            return MentionType.ORGANIZATION;
        }
        return null;
    }

    private static List<Token> toTokens(List<Term> terms) {
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            tokens.add(new Token(term.word, String.valueOf(term.nature), term.offset));
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
