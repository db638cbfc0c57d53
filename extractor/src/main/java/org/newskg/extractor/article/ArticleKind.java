package org.newskg.extractor.article;

/** What sort of piece an article is; the values follow data/gold/GUIDELINES.md. */
public enum ArticleKind { NEWS, COMMENTARY, PHOTO, BRIEF }
