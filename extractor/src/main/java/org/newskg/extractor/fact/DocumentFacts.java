package org.newskg.extractor.fact;

import java.util.List;
import org.newskg.extractor.layout.Page;
import org.newskg.extractor.source.Source;

/** What the extractor found in one source file: the stage before RDF. */
public record DocumentFacts(Source source, Page page, List<ArticleFacts> articles) {

    public DocumentFacts {
        articles = List.copyOf(articles);
    }
}
