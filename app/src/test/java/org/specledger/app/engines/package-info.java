/** The two deployments compared end to end: embedded (SQLite + Lucene) and scale-out (PostgreSQL + OpenSearch). */
package org.specledger.app.engines;
