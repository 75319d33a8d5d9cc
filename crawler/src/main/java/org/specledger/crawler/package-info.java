/**
 * The write path: from seeds, feeds, sitemaps and local files to stored, extracted, claim-bearing documents.
 * Subpackages are the pipeline's stages: {@code frontier}, {@code fetch}, {@code robots}, {@code extract},
 * {@code ingest}, {@code imports}.
 */
package org.specledger.crawler;
