package io.pecflow.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void shouldPadColumnsToTheirWidestCellAndRightAlignNumbers() {
        String table = Table.of("mailbox", "jobs", "state").row("a@pecmassiva.com", 12, "ok")
                .row("b@x.it", 3, null).render();

        assertThat(table).isEqualTo("""
                mailbox           jobs  state
                ----------------  ----  -----
                a@pecmassiva.com    12  ok
                b@x.it               3
                """);
    }

    @Test
    void shouldCountCharactersNotBytesAndFoldLineBreaks() {
        String table = Table.of("città", "n").row("Forlì\nCesena", 1).render();

        assertThat(table.lines()).containsExactly("città         n", "------------  -", "Forlì Cesena  1");
    }

    @Test
    void shouldRefuseARowOfTheWrongWidth() {
        assertThatThrownBy(() -> Table.of("a", "b").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
