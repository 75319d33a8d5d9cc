/**
 * The composition root: opens the data folder and the engines it names (SQLite or PostgreSQL, Lucene or OpenSearch)
 * and wires database, index, ingest (extraction, claims), reconciliation, crawls and the server together.
 */
package org.specledger.app;
