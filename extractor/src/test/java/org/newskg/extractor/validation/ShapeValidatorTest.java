package org.newskg.extractor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.newskg.extractor.article.Article;
import org.newskg.extractor.article.ArticleKind;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.fact.ArticleFacts;
import org.newskg.extractor.fact.DocumentFacts;
import org.newskg.extractor.fact.EventFact;
import org.newskg.extractor.fact.Participation;
import org.newskg.extractor.fact.PostHolding;
import org.newskg.extractor.layout.Page;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.MentionType;
import org.newskg.extractor.rdf.DocumentGraphBuilder;
import org.newskg.extractor.source.Source;
import org.newskg.extractor.source.SourceMetadata;
import org.newskg.extractor.source.SourceMetadata.Basis;
import org.newskg.extractor.validation.Violation.Severity;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.Schema;
import org.junit.jupiter.api.Test;

/** The shapes against graphs written by the real {@link DocumentGraphBuilder}, so shapes and builder cannot drift apart. */
class ShapeValidatorTest {

    private static final String FILE = "000_test.txt";
    private static final String TEXT = "本报2月19日讯（记者 刘晓冬）2月19日，自治区党委书记石泰峰在呼市国家体育场检查自治区卫健委工作。";

    private static final ShapeValidator VALIDATOR = new ShapeValidator();

    @Test
    void aPageWithKnownPaperAndDateConformsWithoutFindings() {
        ValidationReport report = VALIDATOR.validate(build(knownMetadata(), ArticleKind.NEWS));
        assertTrue(report.conforms(), report.toString());
        assertEquals(List.of(), report.violations(), report.toString());
    }

    @Test
    void aCommentaryConformsBecauseItIsANewsArticleToo() {
        ValidationReport report = VALIDATOR.validate(build(knownMetadata(), ArticleKind.COMMENTARY));
        assertEquals(List.of(), report.violations(), report.toString());
    }

    @Test
    void anUnknownPaperDateIsAWarningNotAViolation() {
        ValidationReport report = VALIDATOR.validate(build(SourceMetadata.unknown(), ArticleKind.NEWS));
        assertTrue(report.conforms(), report.toString());
        List<Violation> warnings = report.ofSeverity(Severity.WARNING);
        assertEquals(1, warnings.size(), report.toString());
        assertEquals("nkgid:article/000_test.txt/0", warnings.get(0).focusNode());
        assertEquals("schema:datePublished", warnings.get(0).path());
        assertTrue(warnings.get(0).message().contains("paper's date is unknown"));
    }

    @Test
    void aSecondNameAMissingHeadlineAndAnUntypedDateAreViolations() {
        Graph g = build(knownMetadata(), ArticleKind.NEWS);
        Node person = uri(Iris.person("石泰峰"));
        Node article = uri(Iris.article(FILE, 0));
        g.add(Triple.create(person, uri(Schema.name.getURI()), NodeFactory.createLiteralString("石泰丰")));
        g.remove(article, uri(Schema.headline.getURI()), Node.ANY);
        g.remove(article, uri(Schema.dateCreated.getURI()), Node.ANY);
        g.add(Triple.create(article, uri(Schema.dateCreated.getURI()), NodeFactory.createLiteralString("2月19日")));
        g.add(Triple.create(article, uri(Nkg.mentionsDate.getURI()), NodeFactory.createLiteralString("2月18日")));

        ValidationReport report = VALIDATOR.validate(g);

        assertFalse(report.conforms());
        assertFinding(report, "nkgid:person/石泰峰", "schema:name", "a person has exactly one schema:name");
        assertFinding(report, "nkgid:article/000_test.txt/0", "schema:headline", "exactly one non-empty schema:headline");
        assertFinding(report, "nkgid:article/000_test.txt/0", "schema:dateCreated", "must be a single xsd:date");
        assertFinding(report, "nkgid:article/000_test.txt/0", "nkg:mentionsDate", "must be a literal typed xsd:date");
        assertEquals(4, report.count(Severity.VIOLATION), report.toString());
    }

    @Test
    void anImpossibleDateIsCaughtThoughItIsTyped() {
        Graph g = build(knownMetadata(), ArticleKind.NEWS);
        Node article = uri(Iris.article(FILE, 0));
        g.remove(article, uri(Schema.dateCreated.getURI()), Node.ANY);
        g.add(Triple.create(article, uri(Schema.dateCreated.getURI()), NodeFactory.createLiteralDT("2022-02-30", XSDDatatype.XSDdate)));
        assertFinding(VALIDATOR.validate(g), "nkgid:article/000_test.txt/0", "schema:dateCreated", "must be a single xsd:date");
    }

    @Test
    void anArticleDatedOtherwiseThanItsFileIsAViolation() {
        Graph g = build(knownMetadata(), ArticleKind.NEWS);
        Node article = uri(Iris.article(FILE, 0));
        g.remove(article, uri(Schema.datePublished.getURI()), Node.ANY);
        g.add(Triple.create(article, uri(Schema.datePublished.getURI()), NodeFactory.createLiteralDT("2022-02-21", XSDDatatype.XSDdate)));
        assertFinding(VALIDATOR.validate(g), "nkgid:article/000_test.txt/0", "", "is not that date");
    }

    @Test
    void anEventTypeOutsideTheTaxonomyAndARegionOutsideAnAreaAreViolations() {
        Graph g = build(knownMetadata(), ArticleKind.NEWS);
        Node event = uri(Iris.event(FILE, 0, 0));
        g.remove(event, uri(Nkg.eventType.getURI()), Node.ANY);
        g.add(Triple.create(event, uri(Nkg.eventType.getURI()), NodeFactory.createLiteralString("调研")));
        Node region = uri(Iris.region("150100", "呼和浩特市"));
        g.add(Triple.create(region, uri(Schema.containedInPlace.getURI()), uri(Iris.site("国家体育场"))));

        ValidationReport report = VALIDATOR.validate(g);

        assertFinding(report, "nkgid:event/000_test.txt/0/0", "nkg:eventType", "from nkg:EventTypeScheme");
        assertFinding(report, "nkgid:region/150100", "schema:containedInPlace", "points to a schema:AdministrativeArea");
    }

    @Test
    void findingsReadAsOneLineEach() {
        Graph g = build(SourceMetadata.unknown(), ArticleKind.NEWS);
        String line = VALIDATOR.validate(g).toString();
        assertEquals("WARNING nkgid:article/000_test.txt/0 schema:datePublished: the article has no schema:datePublished:"
                + " the paper's date is unknown (give --date or a manifest.csv)", line);
    }

    private static void assertFinding(ValidationReport report, String focus, String path, String messagePart) {
        assertTrue(report.violations().stream().anyMatch(v -> v.severity() == Severity.VIOLATION
                        && v.focusNode().equals(focus) && v.path().equals(path) && v.message().contains(messagePart)),
                "no violation on " + focus + " " + path + " saying '" + messagePart + "' in:\n" + report);
    }

    private static SourceMetadata knownMetadata() {
        return new SourceMetadata("内蒙古日报", LocalDate.of(2022, 2, 20), Basis.OPTION, Basis.MANIFEST);
    }

    /** One article with a person in a post, a region, a site, an organization, dates and an inspection. */
    private static Graph build(SourceMetadata metadata, ArticleKind kind) {
        Source source = new Source(FILE, TEXT, StandardCharsets.UTF_8, "ab".repeat(32), metadata);
        // TEXT is its own repaired text: offsets map one to one, so every mention has its own span.
        Page page = new Page(TEXT, java.util.stream.IntStream.rangeClosed(0, TEXT.length()).toArray());
        Mention person = mention(MentionType.PERSON, "石泰峰", "石泰峰", Map.of());
        Mention title = mention(MentionType.TITLE, "自治区党委书记", "自治区党委书记", Map.of(
                Mention.ATTR_FULL_TITLE, "内蒙古自治区党委书记",
                Mention.ATTR_ORGANIZATION, "中国共产党内蒙古自治区委员会"));
        Mention region = mention(MentionType.REGION, "呼市", "呼和浩特市", Map.of(
                Mention.ATTR_CODE, "150100", Mention.ATTR_LEVEL, "prefecture",
                Mention.ATTR_PARENT, "内蒙古自治区", Mention.ATTR_PARENT_CODE, "150000",
                Mention.ATTR_LONGITUDE, "111.75", Mention.ATTR_LATITUDE, "40.84"));
        Mention site = mention(MentionType.SITE, "国家体育场", "国家体育场", Map.of());
        Mention organization = mention(MentionType.ORGANIZATION, "自治区卫健委", "内蒙古自治区卫生健康委员会", Map.of(
                Mention.ATTR_ORG_TYPE, "government", Mention.ATTR_PARENT, "内蒙古自治区人民政府"));
        Mention date = mention(MentionType.DATE, "2月19日", "2022-02-19", Map.of(Mention.ATTR_DATATYPE, "date"));
        Mention yearless = mention(MentionType.DATE, "2月18日", "--02-18", Map.of(Mention.ATTR_DATATYPE, "gMonthDay"));
        Mention trigger = mention(MentionType.EVENT_TRIGGER, "检查", "检查", Map.of(Mention.ATTR_EVENT_TYPE, "inspection"));

        Article article = new Article(0, "石泰峰在呼和浩特市检查卫生健康工作", null, "本报2月19日讯", List.of("刘晓冬"),
                kind, LocalDate.of(2022, 2, 19), 0, TEXT.length());
        EventFact inspection = new EventFact("inspection", "石泰峰检查", trigger, date, region,
                List.of(new Participation(person, "leader")));
        ArticleFacts facts = new ArticleFacts(article,
                List.of(person, title, region, site, organization, date, yearless, trigger),
                List.of(new PostHolding(person, title)), List.of(inspection), List.of(new int[] {0, TEXT.length()}));
        return new DocumentGraphBuilder().build(new DocumentFacts(source, page, List.of(facts)));
    }

    private static Mention mention(MentionType type, String text, String canonical, Map<String, String> attributes) {
        int start = Math.max(0, TEXT.indexOf(text));
        return new Mention(type, start, start + text.length(), text, canonical, attributes);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
