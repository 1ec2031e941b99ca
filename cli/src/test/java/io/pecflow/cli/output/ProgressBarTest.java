package io.pecflow.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void shouldFillTheBarInProportionAndShowThePercentAndTheCounts() {
        assertThat(ProgressBar.render(5, 10, 10)).isEqualTo("[#####.....]  50%  5/10");
        assertThat(ProgressBar.render(10, 10, 4)).isEqualTo("[####] 100%  10/10");
    }

    @Test
    void shouldDrawAnEmptyBarWhenThereIsNothingToCountYet() {
        assertThat(ProgressBar.render(0, 0, 4)).isEqualTo("[....]   0%  0/0");
        assertThat(ProgressBar.render(12, 10, 4)).isEqualTo("[####] 100%  10/10");
    }
}
