/** The composition root: opens the data folder and wires database, index, extraction and reconciliation together. */
package org.specledger.app;
