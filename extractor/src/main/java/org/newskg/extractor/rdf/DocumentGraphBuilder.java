package org.newskg.extractor.rdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Arrays;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.extractor.ExtractorVersion;
import org.newskg.extractor.article.Article;
import org.newskg.extractor.article.ArticleKind;
import org.newskg.extractor.entity.Iris;
import org.newskg.extractor.fact.ArticleFacts;
import org.newskg.extractor.fact.DocumentFacts;
import org.newskg.extractor.fact.EventFact;
import org.newskg.extractor.fact.Participation;
import org.newskg.extractor.fact.PostHolding;
import org.newskg.extractor.mention.Mention;
import org.newskg.extractor.mention.RegionLevel;
import org.newskg.extractor.source.Source;
import org.newskg.ontology.Nkg;
import org.newskg.ontology.Org;
import org.newskg.ontology.Prov;
import org.newskg.ontology.Schema;

/**
 * Turns what was found in one source file into the triples of its named graph, following the RDF
 * contract of DESIGN.md. Mentions become nodes through deterministic IRIs ({@link Iris}), so two
 * mentions of one thing, in one page or in two, meet in one node.
 */
public final class DocumentGraphBuilder {

    private static final String ZH = "zh";

    /** Builds the graph of one source file. */
    public Graph build(DocumentFacts facts) {
        Graph g = GraphFactory.createDefaultGraph();
        Node source = describeSource(g, facts.source());
        FileWriters writers = new FileWriters(new EvidenceWriter(g, facts.source(), facts.page(), source), new TenureWriter(g));
        for (ArticleFacts article : facts.articles()) {
            describeArticle(g, facts.source(), source, article, writers);
        }
        writers.tenures().writeDates();
        return g;
    }

    /** What collects across the articles of one file: its evidence and its tenures. */
    private record FileWriters(EvidenceWriter evidence, TenureWriter tenures) {
    }

    private Node describeSource(Graph g, Source src) {
        Node s = uri(Iris.source(src.name()));
        add(g, s, RDF.type.asNode(), uri(Nkg.SourceFile.getURI()));
        add(g, s, RDFS.label.asNode(), lang(src.name()));
        add(g, s, p(Nkg.fileName.getURI()), plain(src.origin() == null ? src.name() : src.origin().file()));
        if (src.origin() != null) {
            // One record of a larger file: where it stands there, and its own id and address.
            add(g, s, p(Nkg.recordLine.getURI()), NodeFactory.createLiteralDT(
                    Long.toString(src.origin().line()), XSDDatatype.XSDinteger));
            if (src.origin().id() != null) {
                add(g, s, p(Schema.identifier.getURI()), plain(src.origin().id()));
            }
            if (src.origin().url() != null) {
                add(g, s, p(Schema.url.getURI()), plain(src.origin().url()));
            }
        }
        add(g, s, p(Nkg.sha256.getURI()), plain(src.sha256()));
        add(g, s, p(Nkg.charset.getURI()), plain(src.charset().name()));
        add(g, s, p(Nkg.extractorVersion.getURI()), plain(ExtractorVersion.VALUE));
        add(g, s, p(Nkg.paperBasis.getURI()), plain(src.metadata().paperBasis().name().toLowerCase()));
        add(g, s, p(Nkg.dateBasis.getURI()), plain(src.metadata().dateBasis().name().toLowerCase()));
        src.metadata().paperName().ifPresent(paper -> {
            Node org = organization(g, paper, null, "media");
            add(g, s, p(Schema.publisher.getURI()), org);
        });
        src.metadata().publicationDate().ifPresent(d -> add(g, s, p(Schema.datePublished.getURI()), date(d)));
        return s;
    }

    private void describeArticle(Graph g, Source src, Node source, ArticleFacts facts, FileWriters writers) {
        Article article = facts.article();
        Node a = uri(Iris.article(src.name(), article.index()));
        add(g, a, RDF.type.asNode(), uri(Schema.NewsArticle.getURI()));
        if (article.kind() == ArticleKind.PHOTO) {
            add(g, a, RDF.type.asNode(), uri(Nkg.PhotoCaption.getURI()));
        } else if (article.kind() == ArticleKind.COMMENTARY) {
            add(g, a, RDF.type.asNode(), uri(Nkg.Commentary.getURI()));
        }
        String headline = article.headline() != null ? article.headline() : untitled(src, article);
        add(g, a, p(Schema.headline.getURI()), plain(headline));
        add(g, a, RDFS.label.asNode(), lang(headline));
        if (article.kicker() != null) {
            add(g, a, p(Nkg.kicker.getURI()), plain(article.kicker()));
        }
        if (article.dateline() != null) {
            add(g, a, p(Nkg.dateline.getURI()), plain(article.dateline()));
        }
        add(g, a, p(Nkg.sourceFile.getURI()), source);
        add(g, a, p(Nkg.positionInPage.getURI()), NodeFactory.createLiteralDT(
                Integer.toString(article.index()), XSDDatatype.XSDinteger));
        LocalDate published = src.metadata().date();
        if (published != null) {
            add(g, a, p(Schema.datePublished.getURI()), date(published));
        }
        if (article.date() != null) {
            add(g, a, p(Schema.dateCreated.getURI()), date(article.date()));
        }
        String paper = src.metadata().paper();
        if (paper != null) {
            add(g, a, p(Schema.publisher.getURI()), organization(g, paper, null, "media"));
        }
        LocalDate attested = article.date() != null ? article.date() : published;
        describeAuthors(g, a, article, paper, writers.tenures(), attested, namedWithTitle(facts));

        EvidenceWriter evidence = writers.evidence();
        for (Mention m : facts.mentions()) {
            Node entity = entity(g, m);
            if (entity != null) {
                add(g, a, p(Schema.mentions.getURI()), entity);
                evidence.mentionOf(m, entity, facts, a);
            } else if (m.type() == org.newskg.extractor.mention.MentionType.DATE) {
                add(g, a, p(Nkg.mentionsDate.getURI()), dateLiteral(m));
                String end = m.attribute(Mention.ATTR_END_VALUE);
                if (end != null && end.length() == m.canonical().length()) {
                    // 10月22日至24日 names its last day as well as its first.
                    add(g, a, p(Nkg.mentionsDate.getURI()), NodeFactory.createLiteralDT(end, dateLiteral(m).getLiteralDatatype()));
                }
            }
        }
        for (PostHolding holding : facts.posts()) {
            Node person = entity(g, holding.person());
            Node post = post(g, holding);
            add(g, person, p(Org.holds.getURI()), post);
            add(g, post, p(Org.heldBy.getURI()), person);
            add(g, a, p(Schema.mentions.getURI()), person);
            Node org = null;
            if (holding.organization() != null) {
                // A title names its organization (自治区党委书记 names 自治区党委): the article mentions it.
                org = organization(g, holding.organization(), null, null);
                if (!holding.inState()) {
                    // A state (国家主席, 科摩罗总统) is mentioned as the area it is, by the region finder.
                    add(g, a, p(Schema.mentions.getURI()), org);
                }
            }
            Node titleMention = evidence.mentionOf(holding.title(), post, facts, a);
            Node personMention = evidence.mentionOf(holding.person(), person, facts, a);
            // 1985年，X出任…市长: a holding dated years before the article is a past one, and so is its change.
            boolean historical = attested != null && historical(facts, holding, attested);
            TenureWriter.Holding how = new TenureWriter.Holding(holding.former() || historical, holding.acting(),
                    holding.concurrent(), historical ? null : holding.change(),
                    holding.change() == null || historical ? null : statedDate(facts, holding));
            writers.tenures().attest(holding.person().canonical(), person, holding.fullTitle(), post, org, a, attested,
                    Arrays.asList(titleMention, personMention), how);
        }
        int n = 0;
        for (EventFact event : facts.events()) {
            describeEvent(g, a, Iris.event(src.name(), article.index(), n++), event, evidence, facts);
        }
    }

    /**
     * The day a change is dated in its own sentence (3月12日，…任命X为…): the last full date written
     * before the person in that sentence; null when the sentence gives none (the article's date holds).
     */
    static LocalDate statedDate(ArticleFacts facts, PostHolding holding) {
        int at = Math.min(holding.person().start(), holding.title().start());
        int from = 0;
        for (int[] sentence : facts.sentences()) {
            if (sentence[0] <= at && at < sentence[1]) {
                from = sentence[0];
            }
        }
        LocalDate stated = null;
        for (Mention m : facts.mentions()) {
            String datatype = m.attribute(Mention.ATTR_DATATYPE);
            if (m.type() == org.newskg.extractor.mention.MentionType.DATE && m.start() >= from && m.end() <= at
                    && (datatype == null || "date".equals(datatype))) {
                try {
                    stated = LocalDate.parse(m.canonical());
                } catch (java.time.format.DateTimeParseException e) {
                    // a date without its year or day: not a day to date the change by
                }
            }
        }
        return stated;
    }

    /** How many years before the article a stated year makes a holding past. */
    private static final int HISTORICAL_YEARS = 2;

    /** Whether the holding's sentence dates it, before the person, to a year long before the article's. */
    static boolean historical(ArticleFacts facts, PostHolding holding, LocalDate article) {
        int at = Math.min(holding.person().start(), holding.title().start());
        int from = 0;
        for (int[] sentence : facts.sentences()) {
            if (sentence[0] <= at && at < sentence[1]) {
                from = sentence[0];
            }
        }
        for (Mention m : facts.mentions()) {
            if (m.type() == org.newskg.extractor.mention.MentionType.DATE && m.start() >= from && m.end() <= at
                    && m.canonical().matches("\\d{4}.*")
                    && Integer.parseInt(m.canonical().substring(0, 4)) <= article.getYear() - HISTORICAL_YEARS) {
                return true;
            }
        }
        return false;
    }

    /** Headline-less pieces (briefs, captions) are named by the start of their text, so every article has one. */
    private static String untitled(Source src, Article article) {
        return article.dateline() != null ? article.dateline() : src.name() + " #" + (article.index() + 1);
    }

    /**
     * People the article's title chains already give a byline title (新华社记者 X 摄, 通讯员 Y): their
     * own title says whose reporter they are better than the paper that prints the page.
     */
    private static java.util.Set<String> namedWithTitle(ArticleFacts facts) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (PostHolding holding : facts.posts()) {
            if (PostRoles.standard().isByline(holding.title().canonical())) {
                names.add(holding.person().canonical());
            }
        }
        return names;
    }

    private void describeAuthors(Graph g, Node article, Article a, String paper, TenureWriter tenures, LocalDate attested,
                                 java.util.Set<String> titledInText) {
        String agency = a.dateline() != null && a.dateline().startsWith("新华社") ? "新华通讯社" : paper;
        if (agency != null && a.dateline() != null && (a.dateline().startsWith("新华社") || a.dateline().contains("本报"))) {
            // 本报 and 新华社 in a dateline name the paper or agency.
            add(g, article, p(Schema.mentions.getURI()), organization(g, agency, null, "media"));
        }
        for (String name : a.authors()) {
            Node person = person(g, name);
            add(g, person, RDF.type.asNode(), uri(Nkg.Reporter.getURI()));
            add(g, article, p(Schema.author.getURI()), person);
            // The byline names the reporter in the text, so the article mentions them too.
            add(g, article, p(Schema.mentions.getURI()), person);
            if (agency != null && !titledInText.contains(name)) {
                String title = "记者";
                Node org = organization(g, agency, null, "media");
                Node post = uri(Iris.post(agency + title));
                add(g, post, RDF.type.asNode(), uri(Org.Post.getURI()));
                add(g, post, RDFS.label.asNode(), lang(agency + title));
                add(g, post, SKOS.altLabel.asNode(), lang(title));
                add(g, post, p(Org.postIn.getURI()), org);
                add(g, post, p(Org.role.getURI()), plain(title));
                add(g, person, p(Org.holds.getURI()), post);
                add(g, post, p(Org.heldBy.getURI()), person);
                // Bylines are not recognised as mentions, so the tenure cites its article only.
                tenures.attest(name, person, agency + title, post, org, article, attested, List.of());
            }
        }
    }

    private void describeEvent(Graph g, Node article, String iri, EventFact event, EvidenceWriter evidence,
                               ArticleFacts facts) {
        Node e = uri(iri);
        add(g, e, p(Nkg.attestedBy.getURI()), article);
        // The event is read from its trigger word, and dated and placed by the date and place mentions.
        for (Mention m : new Mention[] {event.trigger(), event.date(), event.place()}) {
            Node mention = m == null ? null : evidence.mention(m, facts, article);
            if (mention != null) {
                add(g, e, p(Prov.wasDerivedFrom.getURI()), mention);
            }
        }
        add(g, e, RDF.type.asNode(), uri(Schema.Event.getURI()));
        add(g, e, p(Nkg.eventType.getURI()), plain(event.type()));
        add(g, e, RDFS.label.asNode(), lang(event.label()));
        add(g, e, p(Schema.name.getURI()), plain(event.label()));
        add(g, e, p(Schema.about.getURI()), article);
        add(g, article, p(Schema.about.getURI()), e);
        if (event.date() != null) {
            add(g, e, p(Schema.startDate.getURI()), dateLiteral(event.date()));
        }
        if (event.place() != null) {
            Node place = entity(g, event.place());
            if (place != null) {
                add(g, e, p(Schema.location.getURI()), place);
            }
        }
        int i = 0;
        for (Participation part : event.participants()) {
            Node who = entity(g, part.participant());
            if (who == null) {
                continue;
            }
            Node pn = uri(Iris.participation(iri, i++));
            add(g, pn, RDF.type.asNode(), uri(Nkg.Participation.getURI()));
            add(g, pn, p(Nkg.participant.getURI()), who);
            add(g, pn, p(Nkg.role.getURI()), plain(part.role()));
            Node mention = evidence.mentionOf(part.participant(), who, facts, article);
            if (mention != null) {
                add(g, pn, p(Prov.wasDerivedFrom.getURI()), mention);
            }
            add(g, e, p(Nkg.participation.getURI()), pn);
            add(g, e, p(Schema.attendee.getURI()), who);
        }
    }

    /** The node a mention stands for, created with its type and names; null for dates and triggers. */
    private Node entity(Graph g, Mention m) {
        return switch (m.type()) {
            case PERSON -> person(g, m.canonical());
            case REGION -> region(g, m);
            case SITE -> site(g, m);
            case ORGANIZATION -> {
                Node org = organization(g, m.canonical(), m.attribute(Mention.ATTR_PARENT), m.attribute(Mention.ATTR_ORG_TYPE));
                alias(g, org, m);
                yield org;
            }
            case TITLE, DATE, EVENT_TRIGGER -> null;
        };
    }

    private Node person(Graph g, String name) {
        Node p = uri(Iris.person(name));
        add(g, p, RDF.type.asNode(), uri(Schema.Person.getURI()));
        add(g, p, p(Schema.name.getURI()), plain(name));
        add(g, p, RDFS.label.asNode(), lang(name));
        return p;
    }

    private Node region(Graph g, Mention m) {
        String code = m.attribute(Mention.ATTR_CODE);
        String parentCode = m.attribute(Mention.ATTR_PARENT_CODE);
        String level = m.attribute(Mention.ATTR_LEVEL);
        // A village the gazetteer does not list is known by its name inside its parent.
        Node r = code == null && parentCode != null && RegionLevel.VILLAGE.label().equals(level)
                ? describedRegion(g, uri(Iris.localRegion(parentCode, m.canonical())), null, m.canonical(), level)
                : namedRegion(g, code, m.canonical(), level);
        alias(g, r, m);
        String parent = m.attribute(Mention.ATTR_PARENT);
        if (parent != null) {
            Node parentNode = namedRegion(g, m.attribute(Mention.ATTR_PARENT_CODE), parent, null);
            add(g, r, p(Schema.containedInPlace.getURI()), parentNode);
        }
        String lon = m.attribute(Mention.ATTR_LONGITUDE);
        String lat = m.attribute(Mention.ATTR_LATITUDE);
        if (lon != null && lat != null) {
            add(g, r, p(Schema.longitude.getURI()), NodeFactory.createLiteralDT(lon, XSDDatatype.XSDdecimal));
            add(g, r, p(Schema.latitude.getURI()), NodeFactory.createLiteralDT(lat, XSDDatatype.XSDdecimal));
        }
        return r;
    }

    private Node namedRegion(Graph g, String code, String name, String level) {
        return describedRegion(g, uri(Iris.region(code, name)), code, name, level);
    }

    private Node describedRegion(Graph g, Node r, String code, String name, String level) {
        add(g, r, RDF.type.asNode(), uri(Schema.AdministrativeArea.getURI()));
        if ("country".equals(level)) {
            add(g, r, RDF.type.asNode(), uri(Schema.Country.getURI()));
        }
        add(g, r, p(Schema.name.getURI()), plain(name));
        add(g, r, RDFS.label.asNode(), lang(name));
        if (code != null && !code.isBlank()) {
            add(g, r, p(Nkg.divisionCode.getURI()), plain(code));
        }
        if (level != null) {
            add(g, r, p(Nkg.divisionLevel.getURI()), plain(level));
        }
        return r;
    }

    private Node site(Graph g, Mention m) {
        Node s = uri(Iris.site(m.canonical()));
        add(g, s, RDF.type.asNode(), uri(Schema.Place.getURI()));
        add(g, s, p(Schema.name.getURI()), plain(m.canonical()));
        add(g, s, RDFS.label.asNode(), lang(m.canonical()));
        alias(g, s, m);
        return s;
    }

    private Node organization(Graph g, String name, String parent, String orgType) {
        Node o = uri(Iris.organization(name));
        add(g, o, RDF.type.asNode(), uri(Schema.Organization.getURI()));
        String subclass = OrganizationTypes.schemaClass(orgType);
        if (subclass != null) {
            add(g, o, RDF.type.asNode(), uri(subclass));
        }
        if (orgType != null) {
            add(g, o, p(Nkg.organizationType.getURI()), plain(orgType));
        }
        add(g, o, p(Schema.name.getURI()), plain(name));
        add(g, o, RDFS.label.asNode(), lang(name));
        if (parent != null && !parent.equals(name)) {
            add(g, o, p(Org.subOrganizationOf.getURI()), organization(g, parent, null, null));
        }
        return o;
    }

    private Node post(Graph g, PostHolding holding) {
        String full = holding.fullTitle();
        Node post = uri(Iris.post(full));
        add(g, post, RDF.type.asNode(), uri(Org.Post.getURI()));
        add(g, post, RDFS.label.asNode(), lang(full));
        add(g, post, p(Nkg.fullTitle.getURI()), plain(full));
        String written = holding.title().canonical();
        if (!written.equals(full)) {
            add(g, post, SKOS.altLabel.asNode(), lang(written));
        }
        String org = holding.organization();
        if (org != null) {
            add(g, post, p(Org.postIn.getURI()), organization(g, org, null, null));
        }
        String role = PostRoles.standard().roleOf(full);
        if (role != null) {
            add(g, post, p(Org.role.getURI()), plain(role));
        }
        return post;
    }

    private void alias(Graph g, Node node, Mention m) {
        String written = m.text().strip();
        if (!written.isEmpty() && !written.equals(m.canonical())) {
            add(g, node, SKOS.altLabel.asNode(), lang(written));
        }
    }

    private static Node dateLiteral(Mention m) {
        String datatype = m.attribute(Mention.ATTR_DATATYPE);
        XSDDatatype dt = switch (datatype == null ? "date" : datatype) {
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            case "gYear" -> XSDDatatype.XSDgYear;
            case "gMonthDay" -> XSDDatatype.XSDgMonthDay;
            default -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(m.canonical(), dt);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node p(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node plain(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node lang(String text) {
        return NodeFactory.createLiteralLang(text, ZH);
    }
}
