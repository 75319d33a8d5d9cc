/** The repository contract, run once per engine: the same tests against SQLite and against PostgreSQL. */
package org.specledger.db.contract;
