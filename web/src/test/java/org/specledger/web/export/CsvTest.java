package org.specledger.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(Csv.row(List.of("a,b", "say \"hi\"", "two\nlines", "plain"))).isEqualTo(
                "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
    }

    @Test
    void neutralisesFormulaCellsButNotNumbers() {
        assertThat(Csv.row(Arrays.asList("=1+1", "+cmd", "-2", "@SUM(A1)", -2.5, 1e12, null)))
                .isEqualTo("'=1+1,'+cmd,'-2,'@SUM(A1),-2.5,1000000000000,\r\n");
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
