package io.pecflow.cli.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pecflow.cli.campaign.CsvParser.CsvRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void shouldSplitFieldsAndKeepTheLineEachRecordStartsOn() throws Exception {
        List<CsvRecord> records = CsvParser.parse("a,b,c\n1,2,3\r\n\n4,5,6", ',');

        assertThat(records).containsExactly(new CsvRecord(1, List.of("a", "b", "c")),
                new CsvRecord(2, List.of("1", "2", "3")), new CsvRecord(4, List.of("4", "5", "6")));
    }

    @Test
    void shouldReadQuotedFieldsWithDelimitersQuotesAndLineBreaks() throws Exception {
        List<CsvRecord> records = CsvParser.parse("subject,body\n\"Hi, you\",\"line one\r\nline \"\"two\"\"\"\nnext,row\n", ',');

        assertThat(records).containsExactly(new CsvRecord(1, List.of("subject", "body")),
                new CsvRecord(2, List.of("Hi, you", "line one\r\nline \"two\"")),
                new CsvRecord(4, List.of("next", "row")));
    }

    @Test
    void shouldDropAByteOrderMarkAndKeepEmptyFields() throws Exception {
        assertThat(CsvParser.parse("\uFEFFa;b;;\n", ';')).containsExactly(new CsvRecord(1, List.of("a", "b", "", "")));
    }

    @Test
    void shouldNameTheLineOfAQuoteThatIsNeverClosed() {
        assertThatThrownBy(() -> CsvParser.parse("a,b\n1,2\n3,\"open\nstill open\n", ','))
                .isInstanceOfSatisfying(CsvParser.CsvException.class, broken -> assertThat(broken.line()).isEqualTo(3))
                .hasMessageContaining("never closed");
    }

    @Test
    void shouldRefuseTextAfterAClosingQuote() {
        assertThatThrownBy(() -> CsvParser.parse("a,b\n\"x\"y,2\n", ','))
                .isInstanceOfSatisfying(CsvParser.CsvException.class, broken -> assertThat(broken.line()).isEqualTo(2));
    }
}
