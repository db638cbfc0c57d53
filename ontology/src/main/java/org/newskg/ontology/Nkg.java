package org.newskg.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * NewsKG's own terms, and the base of the IRIs it mints. The ontology file
 * ({@code newskg.ttl}) documents each of them.
 */
public final class Nkg {

    /** The ontology namespace. */
    public static final String NS = "http://newskg.org/ontology#";
    /** The base of every IRI minted for an instance (persons, regions, articles, graphs). */
    public static final String ID = "http://newskg.org/id/";

    /** A source file ingested into the store; its graph holds everything extracted from it. */
    public static final Resource SourceFile = type("SourceFile");
    /** A span of a source file that names something: the evidence for a fact. */
    public static final Resource Mention = type("Mention");
    /** A photo with its caption, as printed on a page. */
    public static final Resource PhotoCaption = type("PhotoCaption");
    /** An opinion piece: 评论员文章, 短评. */
    public static final Resource Commentary = type("Commentary");
    /** A reporter or photographer of a paper or agency, named in a byline. */
    public static final Resource Reporter = type("Reporter");
    /** Someone's part in an event, with the role they played. */
    public static final Resource Participation = type("Participation");
    /** A person's holding of one post over time, with the articles that attest it; each source graph states its own dates. */
    public static final Resource Tenure = type("Tenure");
    /** An appointment or removal an article reports (任命, 当选, 免去, 辞去, 代, 兼). */
    public static final Resource PostChange = type("PostChange");
    /** An interval inferred across articles, not stated by one. */
    public static final Resource InferredInterval = type("InferredInterval");
    /** The SKOS scheme of the roles of posts one person holds at a time. */
    public static final Resource SingleHolderRoleScheme = type("SingleHolderRoleScheme");
    /** The SKOS scheme whose concepts' notations are the values of {@link #eventType}. */
    public static final Resource EventTypeScheme = type("EventTypeScheme");
    /** The SKOS scheme whose concepts' notations are the values of {@link #role}. */
    public static final Resource ParticipantRoleScheme = type("ParticipantRoleScheme");

    /** Namespace of the event type concepts ({@code meeting}, {@code inspection} …). */
    public static final String EVENT_TYPE_NS = "http://newskg.org/ontology/event-type#";
    /** Namespace of the participant role concepts ({@code chair}, {@code attendee} …). */
    public static final String PARTICIPANT_ROLE_NS = "http://newskg.org/ontology/participant-role#";

    public static final Property fileName = property("fileName");
    public static final Property recordLine = property("recordLine");
    public static final Property sha256 = property("sha256");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property charset = property("charset");
    public static final Property paper = property("paper");
    public static final Property paperBasis = property("paperBasis");
    public static final Property dateBasis = property("dateBasis");
    public static final Property sourceFile = property("sourceFile");
    public static final Property dateline = property("dateline");
    public static final Property kicker = property("kicker");
    public static final Property positionInPage = property("positionInPage");
    public static final Property divisionCode = property("divisionCode");
    public static final Property divisionLevel = property("divisionLevel");
    public static final Property fullTitle = property("fullTitle");
    public static final Property organizationType = property("organizationType");
    public static final Property eventType = property("eventType");
    public static final Property mentionsDate = property("mentionsDate");
    public static final Property participation = property("participation");
    public static final Property participant = property("participant");
    public static final Property role = property("role");
    public static final Property tenurePost = property("tenurePost");
    public static final Property firstAttested = property("firstAttested");
    public static final Property lastAttested = property("lastAttested");
    public static final Property attestedBy = property("attestedBy");
    public static final Property inArticle = property("inArticle");
    public static final Property changeKind = property("changeKind");
    public static final Property changeDate = property("changeDate");
    public static final Property changeOf = property("changeOf");
    public static final Property acting = property("acting");
    public static final Property concurrent = property("concurrent");
    public static final Property attestedFormerOn = property("attestedFormerOn");
    public static final Property inferredDuring = property("inferredDuring");
    public static final Property inferenceBasis = property("inferenceBasis");

    private Nkg() {
    }

    private static Resource type(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
