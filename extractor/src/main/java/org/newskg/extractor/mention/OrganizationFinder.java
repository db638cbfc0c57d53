package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extractor.token.Tokenizer;
import org.newskg.extractor.token.Token;
import org.newskg.extractor.token.TokenKind;

/**
 * Finds organizations by the grammar of their names: a region, a body and a suffix (自治区 + 人社 +
 * 厅, 呼和浩特市 + 区域经济合作 + 局), or a proper name and a suffix that makes an organization by itself
 * (乌拉特 + 海关, 内蒙古百鲜农业 + 有限公司). Short forms expand where the expansion is certain (人社厅 is
 * 人力资源和社会保障厅, 市委 in a city paper is that city's party committee); otherwise the canonical
 * name is the longest form the text uses.
 */
public final class OrganizationFinder implements MentionFinder {

    private static final Set<String> GENERIC_BODIES = Set.of("利益", "企业", "龙头企业", "国有", "民营", "上市",
            "大型", "中小", "全资", "控股", "子", "分", "总", "母", "新", "老", "股份", "有限", "责任", "一家", "多家",
            "两家", "这家", "那家", "有关", "相关", "其他", "其它", "部分", "所有", "此类", "同类", "各类", "多所");

    private static final String SEPARATORS = "、和及与";
    /** A unit after a national body's name: a few name characters and an office's last word. */
    private static final Pattern NATIONAL_UNIT = Pattern.compile(
            "([\\p{IsHan}&&[^的和与及在对为是将了等、]]{0,4}?)(?:办公厅|研究所|研究院|总部|分行|支行|组织部|司|局|厅)");
    private static final Pattern PAPER_ENDING = Pattern.compile("(日报|晚报|报)$");

    private final OrganizationLexicon lexicon;
    private final OrganizationRegionPrefix regions;
    private final Function<String, Optional<String>> gazetteer;
    private final OrganizationSuffixes suffixes = OrganizationSuffixes.standard();
    private final Tokenizer tokenizer;
    private final NameBodyTrimmer trimmer;

    /**
     * @param gazetteer region text → canonical region name (呼和浩特 → 呼和浩特市), empty when the text
     *                  is not a region
     */
    public OrganizationFinder(Function<String, Optional<String>> gazetteer) {
        this(gazetteer, HanlpRecognizer.instance());
    }

    public OrganizationFinder(Function<String, Optional<String>> gazetteer, Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.trimmer = new NameBodyTrimmer(tokenizer);
        this.gazetteer = gazetteer;
        this.lexicon = OrganizationLexicon.load();
        this.regions = new OrganizationRegionPrefix(gazetteer);
    }

    /** A finder that knows regions only by the grammar of their names and by the papers' conventions. */
    public static OrganizationFinder withoutGazetteer() {
        return new OrganizationFinder(text -> Optional.empty());
    }

    @Override
    public List<Mention> find(String text, TextContext context) {
        OrganizationLexicon.HomeRegions home = homeOf(context);
        List<Candidate> candidates = new ArrayList<>();
        findKnown(text, candidates);
        findOwnPaper(text, context, candidates);
        findRegionUnits(text, home, candidates);
        findRegionBodies(text, home, candidates);
        findNamedBodies(text, home, candidates);
        return toMentions(text, candidates);
    }

    private OrganizationLexicon.HomeRegions homeOf(TextContext context) {
        if (context == null || context.paper() == null) {
            return null;
        }
        Optional<OrganizationLexicon.HomeRegions> listed = lexicon.homeOf(context.paper());
        if (listed.isPresent()) {
            return listed.get();
        }
        // A paper named after a region (包头日报) uses that region's shorthand; its province stays unknown.
        String paper = PAPER_ENDING.matcher(context.paper()).replaceAll("");
        return gazetteer.apply(paper).map(region -> new OrganizationLexicon.HomeRegions(region, null)).orElse(null);
    }

    /**
     * Whether the words between a national body and an office's last word name a unit (亚洲|司,
     * 政策法规|司, 金融|研究所) rather than go on with the sentence (央行|又允许基金公|司, 最高人民法院|
     * 通过制定|司法解释): a unit's name is nouns, never a verb, adverb, preposition or conjunction,
     * and 公司 is a company, not a department.
     */
    private boolean isUnitName(String words, String text, int end) {
        if (text.startsWith("公司", end - 2) || end < text.length() && text.charAt(end) == '法') {
            return false;
        }
        for (Token token : tokenizer.segment(words)) {
            TokenKind kind = token.kind();
            if (kind.isVerb() || kind.isAdverb() || kind.isPreposition()
                    || kind == TokenKind.CONJUNCTION || kind == TokenKind.PRONOUN || kind.isParticle()) {
                return false;
            }
        }
        return true;
    }

    private void findKnown(String text, List<Candidate> out) {
        // National names are distinctive enough to be looked up by exact form, without a boundary check.
        for (OrganizationLexicon.KnownOrganization known : lexicon.knownLongestFirst()) {
            for (int at = text.indexOf(known.written()); at >= 0; at = text.indexOf(known.written(), at + 1)) {
                out.add(new Candidate(at, at + known.written().length(), known.canonical(), known.type(),
                        known.parent(), null, 0));
                int end = at + known.written().length();
                Matcher unit = NATIONAL_UNIT.matcher(text).region(end, Math.min(text.length(), end + 9));
                if (!"media".equals(known.type()) && unit.lookingAt() && isUnitName(unit.group(1), text, unit.end())
                        && !OrganizationSuffixes.followedByTitle(text, unit.end())) {
                    // 央行金融研究所, 外交部亚洲司, 公安部刑侦局: a unit of a national body.
                    out.add(new Candidate(at, unit.end(), known.canonical() + text.substring(end, unit.end()),
                            "government".equals(known.type()) ? "government" : known.type(), known.canonical(), null, 0));
                }
                if ("media".equals(known.type()) && end < text.length() && text.charAt(end) == '网'
                        && !known.written().endsWith("网")) {
                    // 央视网, like 新华网 and 人民网, is the outlet's own news site, not the outlet.
                    String site = known.written() + "网";
                    out.add(new Candidate(at, end + 1, site, "media", known.canonical(), null, 0));
                }
            }
        }
    }

    private static void findOwnPaper(String text, TextContext context, List<Candidate> out) {
        if (context == null || context.paper() == null) {
            return;
        }
        for (int at = text.indexOf("本报"); at >= 0; at = text.indexOf("本报", at + 1)) {
            out.add(new Candidate(at, at + 2, context.paper(), "media", null, null, 0));
        }
    }

    /** 自治区人社厅, 市委宣传部, 包头市政府; and 人大常委会 after 自治区党委、 inherits its region. */
    private void findRegionUnits(String text, OrganizationLexicon.HomeRegions home, List<Candidate> out) {
        List<int[]> occurrences = new ArrayList<>();
        Map<Integer, OrganizationLexicon.Unit> unitAt = new HashMap<>();
        boolean[] taken = new boolean[text.length()];
        for (OrganizationLexicon.Unit unit : lexicon.unitsLongestFirst()) {
            String form = unit.form();
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                int end = at + form.length();
                if (isTaken(taken, at, end) || OrganizationSuffixes.followedByTitle(text, end)) {
                    continue;
                }
                mark(taken, at, end);
                occurrences.add(new int[] {at, end});
                unitAt.put(at, unit);
            }
        }
        occurrences.sort(Comparator.comparingInt(o -> o[0]));
        Candidate previous = null;
        for (int[] occurrence : occurrences) {
            int at = occurrence[0];
            OrganizationLexicon.Unit unit = unitAt.get(at);
            Optional<OrganizationRegionPrefix.Region> region = regions.endingAt(text, at, home);
            int start;
            String regionName;
            if (region.isPresent()) {
                start = region.get().start();
                regionName = region.get().canonical();
            } else if (previous != null && previous.region() != null && previous.end() == at - 1
                    && SEPARATORS.indexOf(text.charAt(at - 1)) >= 0) {
                start = at;
                regionName = previous.region();
            } else if (unit.standsAlone() && home != null && OrganizationNameBoundary.isBoundaryBefore(text, at)) {
                start = at;
                regionName = unit.form().endsWith("厅") ? home.province() : home.home();
            } else {
                continue;
            }
            if (regionName == null) {
                continue;
            }
            Candidate candidate = new Candidate(start, occurrence[1], unit.formalFor(regionName), unit.type(),
                    unit.parentFor(regionName), regionName, 1);
            out.add(candidate);
            previous = candidate;
        }
    }

    /** 呼和浩特市区域经济合作局, 市质量强市工作领导小组办公室: a region, any body, an administrative suffix. */
    private void findRegionBodies(String text, OrganizationLexicon.HomeRegions home, List<Candidate> out) {
        forEachFreeSuffix(text, suffixes.afterRegion(), (word, type, at, end) -> {
            int left = OrganizationNameBoundary.walkLeft(text, at, suffixes);
            // 回民区图书馆 needs no body; 市局 or 自治区厅 would be a generic reference.
            int shortestBody = word.endsWith("馆") ? 0 : 2;
            for (int regionEnd = left + 1; regionEnd <= at - shortestBody; regionEnd++) {
                Optional<OrganizationRegionPrefix.Region> region = regions.endingAt(text, regionEnd, home);
                if (region.isPresent() && writtenShortOfItsSuffix(text, region.get(), regionEnd)) {
                    continue; // 海南|省农垦总局: the region goes on to 海南省
                }
                String body = text.substring(regionEnd, at);
                if (region.isPresent() && region.get().start() >= left - 2 && !isGeneric(body)
                        && !("中心".equals(word) && OrganizationSuffixes.namesAPlace(body))) {
                    String regionName = region.get().canonical();
                    String parent = word.endsWith("局") || word.endsWith("厅") || "委员会".equals(word)
                            ? regionName + "人民政府" : null;
                    out.add(new Candidate(region.get().start(), end, regionName + body + word, type,
                            parent, regionName, 2));
                    break;
                }
            }
        });
    }

    /** 乌拉特海关, 内蒙古百鲜农业有限公司, 山丹培黎学校: a proper name and a suffix that makes an organization. */
    private void findNamedBodies(String text, OrganizationLexicon.HomeRegions home, List<Candidate> out) {
        forEachFreeSuffix(text, suffixes.afterAnyName(), (word, type, at, end) -> {
            int left = trimmer.trim(text, OrganizationNameBoundary.walkLeft(text, at, suffixes), at);
            String body = text.substring(left, at);
            if (body.length() < 2 || isGeneric(body)) {
                return;
            }
            String canonical = text.substring(left, end);
            String regionName = null;
            for (int regionEnd = left + 1; regionEnd < at; regionEnd++) {
                Optional<OrganizationRegionPrefix.Region> region = regions.endingAt(text, regionEnd, home);
                if (region.isPresent() && region.get().start() == left) {
                    regionName = region.get().canonical();
                    // Paper shorthand (市第一医院) is replaced; a region's own name, full or short
                    // (中国作家协会, 酒泉卫星发射中心), is kept as written: names are not rewritten.
                    String written = text.substring(left, regionEnd);
                    if (!written.equals(regionName) && !regionName.startsWith(written)
                            && gazetteer.apply(written).isEmpty()) {
                        canonical = regionName + text.substring(regionEnd, end);
                    }
                    break;
                }
            }
            out.add(new Candidate(left, end, canonical, type, null, regionName, 3));
        });
    }

    /** Where a suffix stands that no longer suffix has claimed: {@code word}, its organization type, its span. */
    @FunctionalInterface
    private interface SuffixVisitor {
        void visit(String word, String type, int at, int end);
    }

    /**
     * Visits each occurrence of the suffixes, in the map's order (longest first), that overlaps no
     * occurrence visited before and is not the head of a title (局长 is not 局).
     */
    private static void forEachFreeSuffix(String text, Map<String, String> suffixWords, SuffixVisitor visitor) {
        boolean[] taken = new boolean[text.length()];
        for (Map.Entry<String, String> suffix : suffixWords.entrySet()) {
            String word = suffix.getKey();
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (isTaken(taken, at, end) || OrganizationSuffixes.followedByTitle(text, end)) {
                    continue;
                }
                mark(taken, at, end);
                visitor.visit(word, suffix.getValue(), at, end);
            }
        }
    }

    /** A short form (海南) followed by the rest of its full name (省): the region ends later. */
    private static boolean writtenShortOfItsSuffix(String text, OrganizationRegionPrefix.Region region, int end) {
        String written = text.substring(region.start(), end);
        String canonical = region.canonical();
        return canonical.length() > written.length() && canonical.startsWith(written)
                && text.startsWith(canonical.substring(written.length()), end);
    }

    private static boolean isGeneric(String body) {
        return GENERIC_BODIES.contains(body) || body.endsWith("利益");
    }

    private static List<Mention> toMentions(String text, List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparingInt(Candidate::priority));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Candidate last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || candidate.start() >= last.end()) {
                kept.add(candidate);
            } else if (candidate.start() == last.start() && candidate.end() < last.end() && last.parent() == null
                    && candidate.priority() == 3) {
                // 首都医科大学附属复兴医院 opening a longer name is the body that name belongs to.
                kept.set(kept.size() - 1, last.withParent(candidate.canonical()));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : kept) {
            Map<String, String> attributes = new HashMap<>();
            attributes.put(Mention.ATTR_ORG_TYPE, c.type());
            if (c.parent() != null && !c.parent().equals(c.canonical())) {
                attributes.put(Mention.ATTR_PARENT, c.parent());
            }
            mentions.add(new Mention(MentionType.ORGANIZATION, c.start(), c.end(), text.substring(c.start(), c.end()),
                    c.canonical(), attributes));
        }
        return mentions;
    }

    private static boolean isTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    /** priority: which reading wins on equal spans (0 lexicon, 1 region unit, 2 region body, 3 named body). */
    private record Candidate(int start, int end, String canonical, String type, String parent, String region,
                             int priority) {
        int length() {
            return end - start;
        }

        Candidate withParent(String newParent) {
            return new Candidate(start, end, canonical, type, newParent, region, priority);
        }
    }
}
