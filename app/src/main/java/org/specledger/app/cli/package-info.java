/** The specledger command line (picocli): one class per command, one line on stderr and a non-zero exit for failures. */
package org.specledger.app.cli;
