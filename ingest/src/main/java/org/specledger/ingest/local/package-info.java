/** Local import: files and folders of saved pages (.html, .htm, .txt, .md and their .gz) into the ingest stage. */
package org.specledger.ingest.local;
