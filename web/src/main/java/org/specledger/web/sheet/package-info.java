/** A model's spec sheet assembled from the database: consensus, sources, hedges, quotes and flags per attribute. */
package org.specledger.web.sheet;
