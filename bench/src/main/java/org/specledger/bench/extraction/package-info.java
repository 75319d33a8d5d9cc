/** Harnesses that measure the crawler's stages against stored real-world data and report figures. */
package org.specledger.bench.extraction;
