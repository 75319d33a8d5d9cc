/** Article extraction: from a fetched HTML page to its metadata, publication date and main text. */
package org.specledger.article;
