package org.newskg.extractor.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a title as written into a TITLE mention with its expanded form and organization:
 * {@code 自治区党委书记} in 内蒙古日报 is 内蒙古自治区党委书记 of 中共内蒙古自治区委员会. A title that
 * leaves out where it belongs ({@code 人大常委会主任} after {@code 自治区党委书记}, {@code 局长}
 * after {@code 市行政审批和政务服务局党组书记}) borrows it from the title before it.
 */
final class TitleExpander {

    /** Region short forms, longest first, so 自治区 is not read as 自治 + 区. */
    private static final List<String> REGION_SHORT_FORMS = List.of("自治区", "市", "区", "旗", "县", "盟", "省");
    /** Posts whose organization is the region's government when the title names no other body. */
    private static final List<String> GOVERNMENT_HEADS = List.of("主席", "副主席", "常务副主席", "市长", "副市长",
            "常务副市长", "省长", "副省长", "县长", "副县长", "区长", "副区长", "旗长", "副旗长", "盟长");

    private static final java.util.regex.Pattern DATELINE_END =
            java.util.regex.Pattern.compile("[^，。；\\n]{0,14}电\\s*[（(]?\\s*");
    private static final java.util.regex.Pattern COMPANY =
            java.util.regex.Pattern.compile("\\p{IsHan}{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团)");

    private final Map<String, Map<String, String>> regionsByPaper = new HashMap<>();
    private final List<String[]> organizations = new ArrayList<>();
    private final List<String[]> suffixes = new ArrayList<>();
    private final List<String[]> media = new ArrayList<>();

    TitleExpander() {
        for (String line : PersonWordList.lines("title-paper-regions.txt")) {
            String[] f = line.split("\t");
            regionsByPaper.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], f[2]);
        }
        PersonWordList.lines("title-organizations.txt").forEach(line -> organizations.add(line.split("\t")));
        organizations.sort((a, b) -> b[0].length() - a[0].length());
        PersonWordList.lines("title-org-suffixes.txt").forEach(line -> suffixes.add(line.split("\t")));
        PersonWordList.lines("title-media.txt").forEach(line -> media.add(line.split("\t")));
    }

    /** The expanded title: where the post is, as a region and an organization. */
    record Expansion(Mention mention, String region, String organization, String organizationInTitle) {
    }

    Expansion expand(String text, TitleSegment segment, Expansion previous, TextContext context) {
        String head = segment.head();
        if ("reporter".equals(TitleLexicon.instance().roleOf(head))) {
            return reporter(text, segment, context);
        }
        String standing = null;
        for (String qualifier : HEAD_QUALIFIERS) {
            // 局原局长, 省代省长: the post is 局长, 省长; the qualifier says how it is held.
            if (head.startsWith(qualifier) && TitleLexicon.instance().isHead(head.substring(qualifier.length()))) {
                standing = qualifier.equals("代") ? HoldingAttributes.ACTING : HoldingAttributes.FORMER;
                head = head.substring(qualifier.length());
                break;
            }
        }
        String prefix = segment.prefix();
        for (Map.Entry<String, String> sar : SPECIAL_REGIONS_SHORT.entrySet()) {
            if (prefix.startsWith(sar.getKey())) {
                // 香港特区行政长官 is the chief executive of 香港特别行政区.
                prefix = sar.getValue() + prefix.substring(sar.getKey().length());
            }
        }
        if (head.equals("外交部长")) {
            // 外交部长 is a head of its own for finding foreign ministers; as a post it is 外交部 + 部长.
            prefix = prefix + "外交部";
            head = "部长";
        }
        if ((head.equals("部长") || head.equals("副部长")) && !prefix.isEmpty() && !prefix.endsWith("部")) {
            // 国防部长 is the minister of 国防部: the 部 of the body is written once.
            prefix = prefix + "部";
        }
        String qualifier = formerQualifier(prefix);
        if (qualifier != null) {
            // 原国防部长, 时任省委书记: the post named after it, held in the past.
            standing = HoldingAttributes.FORMER;
            prefix = prefix.substring(qualifier.length());
        }
        String region = null;
        String rest = prefix;
        for (String shortForm : REGION_SHORT_FORMS) {
            String full = regionOf(shortForm, context);
            if (full != null && prefix.startsWith(shortForm)) {
                region = full;
                rest = prefix.substring(shortForm.length());
                break;
            }
        }
        if (region == null) {
            // 内蒙古自治区党委常委: a region's full name before a body named after it (党委, 政府, 人大常委会).
            for (int length = Math.min(prefix.length() - 1, 9); length >= 2 && region == null; length--) {
                String written = prefix.substring(0, length);
                if (isBareBody(prefix.substring(length)) && !RegionGazetteer.bundled().byFullName(written).isEmpty()) {
                    region = written;
                    rest = prefix.substring(length);
                }
            }
        }
        String organization;
        String inTitle;
        if (segment.refersBack()) {
            organization = companyNamedBefore(text, segment.start());
            inTitle = organization;
        } else if (prefix.isEmpty() && NATIONAL_BARE.containsKey(head)) {
            // 中央书记处书记、国务委员: a state councillor is the State Council's whatever came before.
            organization = NATIONAL_BARE.get(head);
            inTitle = null;
        } else if (prefix.isEmpty() && previous != null && GOVERNMENT_HEADS.contains(head)
                && !GOVERNMENT_HEADS.contains(previousHead(previous))) {
            // 省委副书记、代省长: the governor heads the region's government, not the party committee.
            region = previous.region();
            organization = region == null ? null : region + "人民政府";
            inTitle = region;
        } else if (prefix.isEmpty() && previous != null) {
            // 局长 after 市行政审批和政务服务局党组书记: the same body's post.
            region = previous.region();
            organization = previous.organization();
            inTitle = previous.organizationInTitle();
        } else {
            if (region == null && previous != null && previous.region() != null && isBareBody(rest)) {
                region = previous.region();
            }
            String[] known = knownOrganization(rest);
            String r = region == null ? "" : region;
            java.util.Optional<TitleOrganizations.Named> named = region == null
                    ? TitleOrganizations.standard().named(rest) : java.util.Optional.empty();
            if (named.isPresent() && !named.get().isState() && previous != null && previous.organization() != null
                    && !CHINA.equals(previous.organization()) && TitleOrganizations.standard().isArea(previous.organization())) {
                // 某国总统当选人、国防部长: the ministry is that state's, not China's.
                organization = previous.organization() + rest;
                inTitle = organization;
            } else if (known != null) {
                organization = known[1].replace("{R}", r);
                inTitle = known[2].replace("{R}", r);
            } else if (named.isPresent()) {
                organization = named.get().canonical();
                inTitle = named.get().canonical();
            } else if (rest.isEmpty() && region != null) {
                organization = GOVERNMENT_HEADS.contains(head) ? region + "人民政府" : region;
                inTitle = region;
            } else {
                organization = rest.isEmpty() ? null : expandSuffixes(r + rest);
                inTitle = expandSuffixes(r + rest);
            }
        }
        Map<String, String> attributes = new HashMap<>();
        attributes.put(Mention.ATTR_FULL_TITLE, (inTitle == null ? "" : inTitle) + head);
        if (organization != null) {
            attributes.put(Mention.ATTR_ORGANIZATION, organization);
            if (TitleOrganizations.standard().isArea(organization)) {
                attributes.put(Mention.ATTR_ORGANIZATION_KIND, "state");
            }
        }
        if (standing != null) {
            attributes.put(HoldingAttributes.STANDING, standing);
        }
        Mention mention = new Mention(MentionType.TITLE, segment.start(), segment.end(), segment.text(),
                segment.text(), attributes);
        return new Expansion(mention, region, organization, inTitle);
    }

    private static final String CHINA = "中华人民共和国";

    /** Special administrative regions written short in titles (香港特区行政长官). */
    private static final Map<String, String> SPECIAL_REGIONS_SHORT = Map.of(
            "香港特区", "香港特别行政区", "澳门特区", "澳门特别行政区");
    /** Bare titles that name one national post whatever title comes before them. */
    private static final Map<String, String> NATIONAL_BARE = Map.of("国务委员", "中华人民共和国国务院");

    /** Qualifiers written inside a title, right before its head word (局原局长, 省代省长). */
    private static final List<String> HEAD_QUALIFIERS = List.of("原", "前", "代");
    /** Words before a whole title that make it a past holding (原国防部长, 前国家主席, 时任省委书记). */
    private static final List<String> FORMER_PREFIXES = List.of("时任", "前任", "原任", "原", "前");
    /** What follows 原 or 前 in place names that open with them (原平市, 原阳县, 原州区, 前海, 前郭县). */
    private static final String PLACE_AFTER_QUALIFIER = "平阳州海郭进";

    /** The past-holding word the prefix opens with, or null. */
    static String formerQualifier(String prefix) {
        for (String qualifier : FORMER_PREFIXES) {
            if (prefix.startsWith(qualifier) && prefix.length() > qualifier.length()
                    && (qualifier.length() > 1 || PLACE_AFTER_QUALIFIER.indexOf(prefix.charAt(1)) < 0)) {
                return qualifier;
            }
        }
        return null;
    }

    /** The head word of the title an expansion is of. */
    private static String previousHead(Expansion previous) {
        String full = previous.mention().attribute(Mention.ATTR_FULL_TITLE);
        String head = full == null ? null : TitleLexicon.instance().headEndingAt(full, full.length());
        return head == null ? "" : head;
    }

    /** 记者 belongs to the agency named before it, else to the paper that prints the page. */
    private Expansion reporter(String text, TitleSegment segment, TextContext context) {
        String before = text.substring(Math.max(0, segment.start() - 6), segment.start()) + segment.prefix();
        String organization = context.paper();
        String inTitle = context.paper();
        String dateline = text.substring(Math.max(0, segment.start() - 24), segment.start());
        for (String[] agency : media) {
            int at = dateline.lastIndexOf(agency[0]);
            // 新华社北京7月2日电 (记者X): the agency of the dateline the byline closes.
            boolean ownDateline = at >= 0 && DATELINE_END.matcher(dateline.substring(at + agency[0].length())).matches();
            if (before.endsWith(agency[0]) || ownDateline) {
                organization = agency[1];
                inTitle = agency[2];
            }
        }
        int start = segment.end() - segment.head().length();
        Map<String, String> attributes = new HashMap<>();
        attributes.put(Mention.ATTR_FULL_TITLE, (inTitle == null ? "" : inTitle) + segment.head());
        if (organization != null) {
            attributes.put(Mention.ATTR_ORGANIZATION, organization);
        }
        Mention mention = new Mention(MentionType.TITLE, start, segment.end(), segment.head(), segment.head(), attributes);
        return new Expansion(mention, null, organization, inTitle);
    }

    /** The last company the text names before {@code at}, which 该公司 refers to; null if none. */
    static String companyNamedBefore(String text, int at) {
        java.util.regex.Matcher matcher = COMPANY.matcher(text.substring(Math.max(0, at - 600), at));
        String last = null;
        while (matcher.find()) {
            last = matcher.group();
        }
        return last;
    }

    private String regionOf(String shortForm, TextContext context) {
        Map<String, String> paper = context.paper() == null ? null : regionsByPaper.get(context.paper());
        if (paper != null && paper.containsKey(shortForm)) {
            return paper.get(shortForm);
        }
        Map<String, String> fallback = regionsByPaper.get("*");
        return fallback == null ? null : fallback.get(shortForm);
    }

    /** A body named without its region (人大常委会, 政协), which takes the region of the title before. */
    private boolean isBareBody(String rest) {
        String[] known = knownOrganization(rest);
        return known != null && known[1].contains("{R}");
    }

    private String[] knownOrganization(String rest) {
        for (String[] organization : organizations) {
            if (organization[0].equals(rest)) {
                return organization;
            }
        }
        return null;
    }

    private String expandSuffixes(String name) {
        for (String[] suffix : suffixes) {
            if (name.endsWith(suffix[0])) {
                return name.substring(0, name.length() - suffix[0].length()) + suffix[1];
            }
        }
        return name;
    }
}
