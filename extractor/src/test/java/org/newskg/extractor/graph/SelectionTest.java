package org.newskg.extractor.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extractor.UserInputException;
import org.newskg.extractor.store.TdbStore;

/** Names to entities, neighbourhoods and the parts of a store an export chooses, on a hand-written store. */
class SelectionTest {

    @TempDir
    static Path dir;

    static TdbStore store;

    @BeforeAll
    static void open() {
        store = SmallGraphStore.open(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void aNameAnAliasAndAPrefixedIriResolveToTheSamePerson() {
        EntityResolver resolver = new EntityResolver(store);
        List<Node> expected = List.of(uri(SmallGraphStore.PERSON));
        assertEquals(expected, resolver.resolve("林晓川"));
        assertEquals(expected, resolver.resolve("林主任"));
        assertEquals(expected, resolver.resolve("nkgid:person/林晓川"));
        assertEquals(List.of(), resolver.resolve("nkgid:person/无人"));
        assertEquals(List.of(), resolver.resolve("林晓川\" } UNION { ?s ?p ?o } #"));
    }

    @Test
    void aPostTitleNamesThePostOnlyWhenPostsAreWanted() {
        EntityResolver resolver = new EntityResolver(store);
        EntityReference title = EntityReference.parse("云岭市发展委员会主任");
        assertEquals(List.of(uri(SmallGraphStore.POST)), resolver.resolve(title, true));
        assertEquals(List.of(), resolver.resolve(title, false));
    }

    @Test
    void oneHopReachesWhatIsLinkedEitherWayAndAPostCountsAsOneHop() {
        Set<Node> near = new Neighbourhood(store).around(List.of(uri(SmallGraphStore.PERSON)), 1);
        assertTrue(near.contains(uri(SmallGraphStore.ORG)), "through the post held: " + near);
        assertTrue(near.contains(uri(SmallGraphStore.ARTICLE_1)), "an article mentioning the person: " + near);
        assertTrue(near.contains(uri(SmallGraphStore.TENURE)), "the tenure, which dates the post: " + near);
        assertFalse(near.contains(uri(SmallGraphStore.OTHER)), "two hops away, through the article: " + near);
        assertFalse(near.contains(uri(SmallGraphStore.REGION)), "two hops away, through the organization: " + near);
        Set<Node> far = new Neighbourhood(store).around(List.of(uri(SmallGraphStore.PERSON)), 2);
        assertTrue(far.contains(uri(SmallGraphStore.OTHER)) && far.contains(uri(SmallGraphStore.REGION)), far.toString());
    }

    @Test
    void aNeighbourhoodKeepsEachQuadInItsSourceGraph() {
        DatasetGraph around = new SubgraphSelector(store).select(SubgraphRequest.around("林晓川", 1));
        Node person = uri(SmallGraphStore.PERSON);
        Node name = uri("http://schema.org/name");
        assertTrue(around.contains(uri(SmallGraphStore.ID + "graph/a.txt"), person, name, Node.ANY));
        assertTrue(around.contains(uri(SmallGraphStore.ID + "graph/b.txt"), person, name, Node.ANY));
        assertFalse(around.contains(Node.ANY, uri(SmallGraphStore.OTHER), Node.ANY, Node.ANY));
    }

    @Test
    void aDateRangeChoosesItsArticlesAndWhatTheyMention() {
        DatasetGraph may = new SubgraphSelector(store)
                .select(SubgraphRequest.published(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31)));
        assertTrue(may.contains(Node.ANY, uri(SmallGraphStore.ARTICLE_2), Node.ANY, Node.ANY));
        assertFalse(may.contains(Node.ANY, uri(SmallGraphStore.ARTICLE_1), Node.ANY, Node.ANY));
    }

    @Test
    void anUnknownNameOrGraphIsAOneLineUserError() {
        SubgraphSelector selector = new SubgraphSelector(store);
        UserInputException name = assertThrows(UserInputException.class, () -> selector.select(SubgraphRequest.around("无此人名", 1)));
        assertTrue(name.getMessage().contains("no entity named '无此人名'"), name.getMessage());
        assertThrows(UserInputException.class, () -> selector.select(SubgraphRequest.around("nkgid:person/无此人名", 1)));
        assertThrows(UserInputException.class, () -> selector.select(SubgraphRequest.graph(SmallGraphStore.ID + "graph/none")));
    }
}
